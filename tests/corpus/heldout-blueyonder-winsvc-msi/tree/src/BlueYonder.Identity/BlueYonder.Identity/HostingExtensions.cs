using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using BlueYonder.Identity.Configs;
using BlueYonder.Identity.Core.Configs;
using BlueYonder.Identity.Core.Extensions;
using BlueYonder.Identity.Core.Serilog.Extensions;
using BlueYonder.Identity.Data.DbContexts;
using BlueYonder.Identity.Data.Utilities;
using BlueYonder.Identity.Extensions;
using BlueYonder.Identity.Services;
using Duende.IdentityServer;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace BlueYonder.Identity;

internal static class HostingExtensions
{
    private const string ProductionTier = "PRD";

    public static WebApplication ConfigureServices(this WebApplicationBuilder builder, string tier)
    {
        var connectionString = builder.Configuration.GetConnectionString("IdentityDb")!;

        var entra = builder.Configuration.GetSection("MicrosoftEntra").Get<EntraSettings>()!;
        var credential = new ClientSecretCredential(entra.TenantId, entra.ClientId, entra.ClientSecret);

        builder.AddEntraSignIn(entra);
        builder.AddKeyRing(credential);

        var licenseKey = builder.ReadLicenseKey(credential);
        var custom = builder.Configuration.GetSection(CustomIdentityServerOptions.SectionName).Get<CustomIdentityServerOptions>()!;

        var identityServer = builder.Services.AddIdentityServer(options =>
        {
            options.Authentication = custom.AuthenticationOptions;
            options.Caching = custom.CachingOptions.Duende;

            options.Events.RaiseSuccessEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseInformationEvents = true;

            options.LicenseKey = licenseKey;

            options.Discovery.ShowApiScopes = false;
            options.Discovery.ShowClaims = false;
        })
            .ConfigureIdentityServerStores(connectionString, sql => sql.EnableRetryOnFailure())
            .AddProfileService<CrewProfileService>();

        if (custom.CachingOptions.Enabled)
        {
            switch (custom.CachingOptions.Provider.Kind)
            {
                case CacheProviderKind.InMemory:
                    builder.Services.AddMemoryCache();
                    identityServer.AddConfigurationStoreCache();
                    break;
                case CacheProviderKind.Valkey:
                    builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
                        ConnectionMultiplexer.Connect(custom.CachingOptions.Provider.ToRedisOptions()));
                    identityServer.AddConfigurationStoreCache(typeof(ValkeyConfigurationCache<>));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown cache provider '{custom.CachingOptions.Provider.Kind}'");
            }
        }

        builder.Services.AddControllers();
        builder.Services.AddRazorPages();
        builder.Services.AddHealthChecks();
        if (!ProductionTier.Equals(tier, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSwaggerGen();
        }

        builder.Services.AddTransient<IEventSink, AuditEventSink>();
        builder.Services.AddHttpContextAccessor();

        return builder.Build();
    }

    private static void AddEntraSignIn(this WebApplicationBuilder builder, EntraSettings entra)
    {
        var authority = $"https://login.microsoftonline.com/{entra.TenantId}/v2.0";
        var selfAuthority = builder.Configuration["IdentityServerProvider:Authority"]
            ?? throw new ArgumentException("IdentityServerProvider:Authority is missing");

        builder.Services.AddAuthentication()
            .AddOpenIdConnect("entra", "Blue Yonder staff", options =>
            {
                options.Authority = authority;
                options.ClientId = entra.ClientId;
                options.ClientSecret = entra.ClientSecret;
                options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                options.MapInboundClaims = false;
            })
            .AddJwtBearer("idp-api", options =>
            {
                options.Authority = selfAuthority;
                options.Audience = "blueyonder.identity.api";
                options.MapInboundClaims = false;
            });
    }

    private static string ReadLicenseKey(this WebApplicationBuilder builder, TokenCredential credential)
    {
        var vault = builder.Configuration.GetRequiredSection("KeyVault:LicenseKey").Get<KeyVaultObjectSettings>()!;
        var client = new SecretClient(new Uri(vault.VaultUrl), credential);
        return client.GetSecret(vault.ObjectName).Value.Value;
    }

    private static void AddKeyRing(this WebApplicationBuilder builder, TokenCredential credential)
    {
        var wrappingKey = builder.Configuration.GetRequiredSection("KeyVault:DataProtectionKey").Get<KeyVaultObjectSettings>()!;

        builder.Services
            .AddDataProtection()
            .SetApplicationName($"BlueYonder.Identity-{builder.Environment.EnvironmentName}")
            .PersistKeysToDbContext<OperationalDbContext>()
            .ProtectKeysWithAzureKeyVault(new Uri($"{wrappingKey.VaultUrl}/keys/{wrappingKey.ObjectName}/"), credential);
    }

    public static WebApplication ConfigurePipeline(this WebApplication app, string tier)
    {
        var system = app.Configuration.GetSection(SystemSettings.SectionName).Get<SystemSettings>()!;

        app.UseRequestAuditLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        if (!ProductionTier.Equals(tier, StringComparison.OrdinalIgnoreCase))
        {
            app.UseSwagger();
            app.UseSwaggerUI();
        }

        app.UseExceptionHandler("/error");

        app.UseStaticFiles();
        app.UseLoadBalancerForwardedHeaders(system.LoadBalancer);
        app.UseRouting();
        app.UseAuthorization();
        app.UseIdentityServer();
        app.MapControllers();
        app.MapRazorPages()
            .RequireAuthorization();

        return app;
    }
}
