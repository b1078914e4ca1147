using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Tyrell.Libraries.Shared.Configuration;

namespace Tyrell.Libraries.Shared.Abstractions;

public static class CookiePolicyDefaults
{
    // Plain-http localhost runs need Lax; containers and Azure run behind https
    public static WebApplication UseTyrellCookiePolicy(this WebApplication app)
    {
        var flags = app.Configuration.Get<HostingFlags>()
            ?? throw new InvalidOperationException("InAzure/InContainer settings are missing");

        if (!flags.InContainer && !flags.InAzure)
        {
            app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Lax });
        }

        return app;
    }
}
