using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.Services;
using Duende.IdentityServer.Stores.Default;
using Fabrikam.Sso.Host.Configuration;
using Fabrikam.Sso.Host.DataProtection;
using Fabrikam.Sso.Host.Events;
using Fabrikam.Sso.Host.Health;
using Fabrikam.Sso.Host.Internal.KeyVault;
using IdentityExpress.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.FeatureManagement;
using RSK.Audit.EF;
using Serilog;

namespace Fabrikam.Sso.Host;

internal static class HostingExtensions
{
    public static WebApplication AddSignInServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddFeatureManagement();

        var appConfiguration = builder.Configuration.GetConnectionString("AppConfig");
        if (!string.IsNullOrEmpty(appConfiguration))
        {
            builder.Configuration.AddAzureAppConfiguration(appConfiguration);
        }

        builder.Services.AddHealthChecks()
            .AddCheck(HealthCheckNames.Started, () => HealthCheckResult.Healthy("Startup finished."))
            .AddDbContextCheck<IdentityExpressDbContext>(HealthCheckNames.PeopleDb)
            .AddDbContextCheck<ConfigurationDbContext>(HealthCheckNames.StoreDb)
            .AddAppInsightsHealthPublisher(Environment.GetEnvironmentVariable("APPLICATIONINSIGHTS_CONNECTION_STRING"));

        builder.Services.AddApplicationInsightsTelemetry();

        builder.Services.AddControllersWithViews();
        builder.Services.AddSession(session =>
        {
            session.Cookie.HttpOnly = true;
            session.Cookie.Name = builder.Configuration["CookieNames:Session"] ?? ".fab.session";
        });

        builder.Services.AddPeopleStore(builder.Configuration);

        var storeConnection = builder.Configuration.GetConnectionString("SsoStore");
        var migrationsAssembly = typeof(Program).Assembly.FullName;
        builder.Services.AddAuditTrailSink(storeConnection);

        var identityServer = builder.Services
            .AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.UserInteraction.LoginUrl = "/signin/name";
                options.UserInteraction.LogoutUrl = "/signout";
                options.EmitStaticAudienceClaim = true;

                var license = builder.Configuration["Duende:LicenseKey"];
                if (!string.IsNullOrWhiteSpace(license))
                {
                    options.LicenseKey = license;
                }
            })
            .AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(storeConnection, sql =>
                {
                    sql.EnableRetryOnFailure();
                    sql.MigrationsAssembly(migrationsAssembly);
                });
            })
            .AddConfigurationStoreCache()
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(storeConnection, sql =>
                {
                    sql.EnableRetryOnFailure();
                    sql.MigrationsAssembly(migrationsAssembly);
                });
                options.EnableTokenCleanup = true;
            })
            .AddAspNetIdentity<IdentityExpressUser>()
            .AddKeyManagement()
            .AddServerSideSessions();

        builder.Services.AddSharedCache(builder.Configuration, identityServer);
        builder.Services.AddKeyRing(builder.Configuration, builder.Environment);

        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            antiforgery.Cookie.Name = builder.Configuration["CookieNames:Antiforgery"];
        });

        builder.Services.AddHsts(hsts =>
        {
            hsts.IncludeSubDomains = true;
            hsts.MaxAge = TimeSpan.FromDays(365);
        });

        return builder.Build();
    }

    private static IServiceCollection AddPeopleStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<IdentityExpressDbContext>(db =>
            db.UseSqlServer(configuration.GetConnectionString("SsoPeople"), sql => sql.EnableRetryOnFailure()));

        services.AddIdentity<IdentityExpressUser, IdentityExpressRole>(identity =>
            {
                identity.SignIn.RequireConfirmedEmail = true;
                identity.User.RequireUniqueEmail = true;
            })
            .AddDefaultTokenProviders();

        return services;
    }

    public static void AddAuditTrailSink(this IServiceCollection services, string connectionString)
    {
        var auditDb = new DbContextOptionsBuilder<AuditDatabaseContext>();
        auditDb.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());

        var recorder = new AuditProviderFactory(auditDb.Options).CreateAuditSource("FabrikamSignIn");
        services.AddSingleton<IEventSink>(_ => new AuditTrailSink(recorder));
    }

    private static void AddSharedCache(this IServiceCollection services, IConfiguration configuration, IIdentityServerBuilder identityServer)
    {
        if (string.Equals(configuration["SharedCache:Kind"], "sqlserver", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDistributedSqlServerCache(cache => configuration.GetSection("SharedCache:SqlServer").Bind(cache));
        }
        else
        {
            // one instance only: the cache lives in this process
            services.AddDistributedMemoryCache();
        }

        identityServer.AddAuthorizationParametersMessageStore<DistributedCacheAuthorizationParametersMessageStore>();
    }

    private static void AddKeyRing(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("Fabrikam.SignIn");

        var section = configuration.GetSection("KeyRing");
        services.Configure<KeyRingSettings>(section);
        var settings = section.Get<KeyRingSettings>() ?? new KeyRingSettings();

        switch (settings.Storage.ToLowerInvariant())
        {
            case "blob":
                keyRing.PersistKeysToAzureBlobStorage(settings.ConnectionString, settings.ContainerName, settings.BlobName);
                break;
            case "sqlserver":
                services.AddDbContext<KeyRingDbContext>(db => db.UseSqlServer(settings.ConnectionString, sql => sql.EnableRetryOnFailure()));
                keyRing.PersistKeysToDbContext<KeyRingDbContext>();
                break;
            default:
                // local folder, good for a single machine only
                keyRing.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(environment.ContentRootPath, "keys")));
                break;
        }

        if (!string.IsNullOrEmpty(settings.VaultUri))
        {
            if (!string.IsNullOrEmpty(settings.VaultKeyId))
            {
                keyRing.ProtectKeysWithAzureKeyVault(new Uri(new Uri(settings.VaultUri), settings.VaultKeyId), new DefaultAzureCredential());
            }
            else if (!string.IsNullOrEmpty(settings.VaultCertificateName))
            {
                services.AddAzureClients(clients => clients.AddCertificateClient(new Uri(settings.VaultUri)));
                services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
                    new ConfigureOptions<KeyManagementOptions>(options =>
                        options.XmlEncryptor = new VaultCertificateXmlEncryptor(
                            settings.VaultCertificateName,
                            provider.GetRequiredService<CertificateClient>())));
            }
        }
        else if (OperatingSystem.IsWindows())
        {
            keyRing.ProtectKeysWithDpapi();
        }
        else
        {
            keyRing.UseEphemeralDataProtectionProvider();
        }
    }

    public static WebApplication UseSignInPipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseHsts();
        }

        app.UseHttpsRedirection();
        app.UseStaticFiles();
        app.UseRouting();

        app.UseIdentityServer();
        app.UseAuthorization();
        app.UseSession();

        app.MapDefaultControllerRoute().RequireAuthorization();

        app.MapHealthChecks("/_status", new HealthCheckOptions
        {
            AllowCachingResponses = false,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            }
        });

        return app;
    }
}
