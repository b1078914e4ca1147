using Microsoft.Extensions.DependencyInjection;

namespace Northwind.ApiCore;

/// <summary>
/// Names of the CORS policies registered by the shared setup.
/// </summary>
public static class CorsNames
{
    public const string Default = "northwind-cors";
}

/// <summary>
/// CORS registration used by all Northwind HTTP services.
/// </summary>
public static class CorsExtensions
{
    /// <summary>
    /// Registers a policy that lets any web origin call the service.
    /// </summary>
    public static IServiceCollection AddAnyOriginCors(this IServiceCollection services, string policyName)
    {
        return services.AddCors(cors =>
        {
            cors.AddPolicy(policyName, policy => policy
                .AllowAnyOrigin()
                .AllowAnyHeader()
                .AllowAnyMethod());
        });
    }
}
