namespace Conoceles.Api.Configuration;

using Conoceles.Api.Errors;
using Conoceles.Api.Middleware;
using Microsoft.AspNetCore.Http.Json;

public static class ApiRegistration
{
    public const string CorsPolicy = "spa";

    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()
            .WithExposedHeaders("ETag", "Retry-After")));
        services.AddOpenApiDocument();
        services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.SectionName);
        services.AddClientRateLimit(configuration);
        services.AddPublicResponseCache();
        return services;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        app.UseMiddleware<QueryStringGuard>();
        app.UsePublicResponseCache();
        app.UseMiddleware<ConditionalGet>();
        app.MapOpenApi();
        app.MapOpenApi("/openapi/{documentName}.yaml");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Conóceles v1");
            o.RoutePrefix = "swagger";
        });
        return app;
    }
}
