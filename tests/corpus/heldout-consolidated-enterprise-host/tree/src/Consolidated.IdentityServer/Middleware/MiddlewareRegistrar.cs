using Consolidated.IdentityServer.Configuration.Api;
using Consolidated.Platform.Hosting.AspNetCore.Middleware.Abstract;

namespace Consolidated.IdentityServer.Middleware;

internal sealed class MiddlewareRegistrar : IRegisterMiddleware
{
    public static void RegisterMiddleware(WebApplication app)
    {
        app.UseConfigurationApi();
    }
}
