using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi.Models;

namespace Globex.Core;

/// <summary>
/// Registrations every Globex service shares: request context, controllers and Swagger.
/// Nothing here touches Data Protection, caching, health checks or telemetry.
/// </summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddCoreServices(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IRequestContext, HttpRequestContext>();
        return services;
    }

    public static IMvcBuilder AddGlobexControllers(this IServiceCollection services)
    {
        return services
            .AddControllers()
            .ConfigureApiBehaviorOptions(o => o.SuppressModelStateInvalidFilter = false);
    }

    public static IServiceCollection AddGlobexSwagger(this IServiceCollection services, string title, string description)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o => o.SwaggerDoc("v1", new OpenApiInfo { Title = title, Description = description, Version = "v1" }));
        return services;
    }
}

public interface IRequestContext
{
    string? CorrelationId { get; }
}

internal sealed class HttpRequestContext(Microsoft.AspNetCore.Http.IHttpContextAccessor accessor) : IRequestContext
{
    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
