namespace Conoceles.Api.Configuration;

using Microsoft.OpenApi;

internal static class OpenApiRegistration
{
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer((operation, _, _) =>
            {
                // The per-client rate limit applies to every operation.
                operation.Responses ??= [];
                operation.Responses.TryAdd("429", new OpenApiResponse
                {
                    Description = "Too many requests: the Retry-After header says when to try again.",
                });
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Conóceles API",
                    Version = "v1",
                    Description = "Public data of candidacies: both questionnaires as published by the institute.",
                };

                // The committed contract must not depend on the host that generated it.
                document.Servers = [];
                return Task.CompletedTask;
            });
        });
}
