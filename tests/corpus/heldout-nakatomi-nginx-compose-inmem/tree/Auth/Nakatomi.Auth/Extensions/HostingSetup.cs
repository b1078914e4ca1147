using System.Net;
using System.Reflection;
using Duende.IdentityServer;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Nakatomi.Auth.Pages;
using Nakatomi.Auth.Settings;
using Serilog;

namespace Nakatomi.Auth.Extensions;

internal static class HostingSetup
{
    public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
    {
        builder.Host.ConfigureAppConfiguration((context, config) =>
        {
            var env = context.HostingEnvironment;

            config.Sources.Clear();
            config.SetBasePath(env.ContentRootPath);
            config.AddJsonFile("appsettings.json", optional: true, reloadOnChange: true);
            config.AddJsonFile($"appsettings.{env.EnvironmentName}.json", optional: true, reloadOnChange: true);

            if (env.IsDevelopment())
            {
                config.AddUserSecrets(Assembly.GetExecutingAssembly(), optional: true);
            }

            config.AddEnvironmentVariables(prefix: "ASPNETCORE_");
            config.AddEnvironmentVariables();
            config.AddCommandLine(Environment.GetCommandLineArgs());
        });

        builder.Services.Configure<PortalSettings>(builder.Configuration.GetSection(PortalSettings.SectionName));

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 2;
            options.RequireHeaderSymmetry = false;
            options.KnownNetworks.Clear();
            options.KnownProxies.Clear();
        });

        var portal = builder.Configuration.GetSection(PortalSettings.SectionName).Get<PortalSettings>()!;

        builder.Services.AddRazorPages();
        builder.Services.AddCertificateForwarding(_ => { });

        builder.Services.AddHsts(options =>
        {
            options.IncludeSubDomains = true;
            options.Preload = true;
            options.MaxAge = TimeSpan.FromDays(60);
        });

        builder.Services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = (int)HttpStatusCode.TemporaryRedirect;

            var httpsPort = builder.Configuration["HTTPS_PORT"] ?? Environment.GetEnvironmentVariable("HTTPS_PORT");
            if (int.TryParse(httpsPort, out var port))
            {
                options.HttpsPort = port;
            }
        });

        builder.Services.AddCookiePolicy(options =>
        {
            options.MinimumSameSitePolicy = SameSiteMode.None;
            options.Secure = CookieSecurePolicy.SameAsRequest;
        });

        builder.Services.AddCors(options => options.AddPolicy("PortalCors", policy => policy
            .SetIsOriginAllowed(_ => true)
            .WithOrigins(portal.CartApi, portal.InventoryApi, portal.PublicUrl, portal.AuthUrl, portal.StorefrontUrl)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()));

        var identity = builder.Services.AddIdentityServer(options =>
        {
            options.Authentication.CookieLifetime = TimeSpan.FromDays(30);
            options.Authentication.CookieSameSiteMode = SameSiteMode.None;
            options.Authentication.CookieSlidingExpiration = true;
            options.Authentication.RequireAuthenticatedUserForSignOutMessage = true;

            options.Cors.CorsPolicyName = "PortalCors";
            options.EmitStaticAudienceClaim = true;

            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseInformationEvents = true;
            options.Events.RaiseSuccessEvents = true;

            // tokens carry the public storefront origin, not the container address
            options.IssuerUri = portal.PublicUrl;

            options.KeyManagement.Enabled = true;
            options.KeyManagement.RotationInterval = TimeSpan.FromDays(30);
            options.KeyManagement.PropagationTime = TimeSpan.FromDays(2);
            options.KeyManagement.RetentionDuration = TimeSpan.FromDays(7);
        })
        .AddTestUsers(DemoUsers.All);

        identity.AddInMemoryIdentityResources(AccessCatalog.IdentityResources);
        identity.AddInMemoryApiScopes(AccessCatalog.ApiScopes);
        identity.AddInMemoryClients(AccessCatalog.Clients(portal));

        //identity.AddDeveloperSigningCredential();

        builder.Services.AddAuthentication(options =>
        {
            options.DefaultAuthenticateScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
            options.RequireAuthenticatedSignIn = false;
        });

        builder.AddHttpTrafficLogging();
        builder.AddEdgeProxyListener();

        return builder.Build();
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        var portal = app.Services.GetRequiredService<IOptionsMonitor<PortalSettings>>().CurrentValue;
        var basePath = portal.BasePath;

        if (!string.IsNullOrEmpty(basePath))
        {
            app.UsePathBase(basePath);
        }

        // pin scheme, host and IdentityServer's origin to the configured public URL
        app.Use(async (context, next) =>
        {
            var publicUri = new Uri(portal.PublicUrl);
            var publicHost = publicUri.IsDefaultPort ? publicUri.Host : $"{publicUri.Host}:{publicUri.Port}";

            context.Request.Scheme = publicUri.Scheme;
            context.Request.Host = new HostString(publicHost);

            if (!string.IsNullOrEmpty(basePath))
            {
                context.Request.PathBase = basePath;
            }

            var serverUrls = context.RequestServices.GetService<IServerUrls>();
            if (serverUrls is not null)
            {
                serverUrls.Origin = $"{publicUri.Scheme}://{publicHost}";

                if (!string.IsNullOrEmpty(basePath))
                {
                    serverUrls.BasePath = basePath;
                }
            }

            await next(context);
        });

        app.UseSerilogRequestLogging();

        if (portal.HttpLogging == "true")
        {
            app.UseHttpLogging();
        }

        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 2,
            RequireHeaderSymmetry = false,
        };
        forwarded.KnownNetworks.Clear();
        forwarded.KnownProxies.Clear();

        app.UseForwardedHeaders(forwarded);
        app.UseCertificateForwarding();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStaticFiles();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseCors("PortalCors");

        app.UseIdentityServer();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages().RequireAuthorization();

        return app;
    }

    public static WebApplicationBuilder AddEdgeProxyListener(this WebApplicationBuilder builder)
    {
        var portal = builder.Configuration.GetSection(PortalSettings.SectionName).Get<PortalSettings>()!;
        var edge = builder.Configuration.GetSection(EdgeProxySettings.SectionName).Get<EdgeProxySettings>()!;

        if (edge.UseEdgeProxy == "true")
        {
            if (edge.UseInitFile == "true")
            {
                var initFile = edge.InitFilePath ?? "/tmp/app-initialized";
                if (!File.Exists(initFile))
                {
                    File.Create(initFile).Close();
                }

                File.SetLastWriteTimeUtc(initFile, DateTime.UtcNow);
            }

            if (edge.UseUnixSocket == "true")
            {
                var socket = edge.UnixSocketPath ?? "/tmp/nginx.socket";
                builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenUnixSocket(socket));
            }

            if (edge.UsePort == "true" && int.TryParse(edge.Port, out var edgePort))
            {
                builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(edgePort));
            }

            return builder;
        }

        // no edge socket: listen on $PORT, else on the port of the auth URL
        var portValue = builder.Configuration["PORT"] ?? Environment.GetEnvironmentVariable("PORT");
        if (int.TryParse(portValue, out var port))
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(port));
        }
        else if (!string.IsNullOrEmpty(portal.AuthUrl ?? portal.PublicUrl))
        {
            var listenPort = new Uri(portal.AuthUrl ?? portal.PublicUrl).Port;
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(listenPort));
        }

        return builder;
    }

    public static WebApplicationBuilder AddHttpTrafficLogging(this WebApplicationBuilder builder)
    {
        var portal = builder.Configuration.GetSection(PortalSettings.SectionName).Get<PortalSettings>();

        if (portal?.HttpLogging == "true")
        {
            builder.Services.AddHttpLogging(options =>
            {
                options.RequestHeaders.Add("X-Forwarded-For");
                options.RequestHeaders.Add("X-Forwarded-Host");
                options.RequestHeaders.Add("X-Forwarded-Proto");
                options.RequestHeaders.Add("X-Real-IP");
                options.LoggingFields = HttpLoggingFields.RequestScheme
                    | HttpLoggingFields.RequestPropertiesAndHeaders
                    | HttpLoggingFields.ResponsePropertiesAndHeaders;
            });
        }

        return builder;
    }
}
