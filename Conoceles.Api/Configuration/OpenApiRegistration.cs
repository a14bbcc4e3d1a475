namespace Conoceles.Api.Configuration;

using Microsoft.OpenApi;

internal static class OpenApiRegistration
{
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Conóceles API",
                Version = "v1",
                Description = "Public data of candidacies: both questionnaires as published by the electoral institute.",
            };

            // The committed contract must not depend on the host that generated it.
            document.Servers = [];
            return Task.CompletedTask;
        }));
}
