using System.Net;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Acme.Sts.Helpers;

public sealed class ProxyHeadersSettings
{
    public bool Enabled { get; set; }
    public bool TrustEveryone { get; set; }
    public List<string> KnownProxies { get; set; } = new();
    public int ForwardLimit { get; set; } = 1;
}

public static class StartupHelpers
{
    // Proxy trust comes from configuration; TrustEveryone empties both trust lists.
    public static void UseAcmeProxyHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var settings = configuration.GetSection("ProxyHeaders").Get<ProxyHeadersSettings>() ?? new ProxyHeadersSettings();
        if (!settings.Enabled)
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.All,
            ForwardLimit = settings.ForwardLimit,
        };
        if (settings.TrustEveryone)
        {
            options.KnownNetworks.Clear();
            options.KnownProxies.Clear();
        }
        else
        {
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }

        app.UseForwardedHeaders(options);
    }

    public static IIdentityServerBuilder AddAcmeIdentityServer<TConfig, TGrants>(this IServiceCollection services, IConfiguration configuration)
        where TConfig : ConfigurationDbContext<TConfig>
        where TGrants : PersistedGrantDbContext<TGrants>
    {
        var connection = configuration.GetConnectionString("IdentityDb");
        var builder = services.AddIdentityServer(options => configuration.GetSection("IdentityServerOptions").Bind(options))
            .AddConfigurationStore<TConfig>(store => store.ConfigureDbContext = db => db.UseSqlServer(connection))
            .AddOperationalStore<TGrants>(store => store.ConfigureDbContext = db => db.UseSqlServer(connection));
        return builder;
    }
}
