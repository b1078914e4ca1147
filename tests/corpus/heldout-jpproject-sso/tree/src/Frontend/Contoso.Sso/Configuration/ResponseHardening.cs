using Contoso.Sso.Util;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Contoso.Sso.Configuration
{
    public static class ResponseHardening
    {
        public static void UseResponseHardening(this IApplicationBuilder app, IWebHostEnvironment env, IConfiguration config)
        {
            app.UseForwardedHeaders(new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            });

            app.UseXContentTypeOptions();
            app.UseReferrerPolicy(r => r.NoReferrer());
            app.UseCsp(csp =>
            {
                csp.DefaultSources(s => s.Self());
                csp.ObjectSources(s => s.None());
                if (env.IsProduction() && !env.RunsBehindProxy(config))
                    csp.UpgradeInsecureRequests();
            });
        }
    }
}
