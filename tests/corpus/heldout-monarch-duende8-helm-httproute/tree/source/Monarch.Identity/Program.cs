using System;
using System.Linq;

using Duende.IdentityServer;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using Monarch.Identity.Core.Models.Identity;
using Monarch.Identity.Data;
using Monarch.Identity.Extensions;
using Monarch.Identity.Options;
using Monarch.Platform.Hosting.Options;
using Monarch.Platform.Hosting.StartupExtensions;
using Monarch.Platform.Hosting.Telemetry;

using Npgsql;

using Serilog;

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(new ConfigurationBuilder().AddJsonFile("appsettings.json").Build())
    .CreateBootstrapLogger();

try
{
    WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

    // telemetry, logging and health endpoints come from the shared Monarch.Platform.Hosting package
    builder.AddMonarchTelemetry(typeof(Program).Assembly,
        new ConfigurationFunctions
        {
            TraceConfiguration = tracing => tracing
                .AddSource(IdentityServerConstants.Tracing.Basic)
                .AddSource(IdentityServerConstants.Tracing.Stores)
                .AddSource(IdentityServerConstants.Tracing.Validation)
                .AddNpgsql(),
            MetricsConfiguration = metrics => metrics.AddNpgsqlInstrumentation(),
            AspNetFilterFunction = context => !IsProbePath(context.Request.Path.Value)
        })
        .AddMonarchSerilog(true);

    AppHealthCheckOptions probeOptions = builder.AddMonarchHealthChecks();

    var identityDb = builder.Configuration.GetConnectionString("IdentityConnection");
    var redis = builder.Configuration.GetConnectionString("RedisCache");
    var migrationsAssembly = typeof(ApplicationDbContext).Assembly.GetName().Name;

    builder.Services.Configure<ForwardedHeadersOptions>(options =>
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        // accept the headers from whichever proxy sits in front
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        options.ForwardLimit = null;
    });

    builder.Services.AddLaxSameSiteCookies();
    builder.Services.AddDbContext<ApplicationDbContext>(options => options.UseNpgsql(identityDb));

    builder.Services.AddDbContext<DataProtectionDbContext>(options => options.UseNpgsql(identityDb));
    builder.Services.AddDataProtection()
        .SetApplicationName("identity-server")
        .PersistKeysToDbContext<DataProtectionDbContext>();

    if (!string.IsNullOrEmpty(redis))
    {
        builder.Services.AddStackExchangeRedisCache(options => options.Configuration = redis);
    }

    builder.Services.AddIdentity<ApplicationUser, ApplicationRole>(options => options.User.RequireUniqueEmail = true)
        .AddEntityFrameworkStores<ApplicationDbContext>()
        .AddDefaultTokenProviders();

    builder.Services.AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Manage");
        options.Conventions.AuthorizeFolder("/Consent");
        options.Conventions.AuthorizeFolder("/Grants");
    });

    var issuerUri = builder.Configuration["IdentityServer:IssuerUri"];
    var publicOrigin = builder.Configuration["IdentityServer:PublicOrigin"];

    builder.Services.AddIdentityServer(options =>
    {
        // an empty setting leaves the issuer to be derived from the request
        if (!string.IsNullOrEmpty(issuerUri))
        {
            options.IssuerUri = issuerUri;
        }
        else if (!string.IsNullOrEmpty(publicOrigin))
        {
            options.IssuerUri = publicOrigin;
        }

        options.UserInteraction.LoginUrl = "/Account/Login";
        options.UserInteraction.LogoutUrl = "/Account/Logout";
        options.UserInteraction.ConsentUrl = "/Consent";
        options.UserInteraction.ErrorUrl = "/Home/Error";
    })
    .AddAspNetIdentity<ApplicationUser>()
    .AddConfigurationStore(options => options.ConfigureDbContext = db =>
        db.UseNpgsql(identityDb, sql => sql.MigrationsAssembly(migrationsAssembly)))
    .AddOperationalStore(options =>
    {
        options.ConfigureDbContext = db =>
            db.UseNpgsql(identityDb, sql => sql.MigrationsAssembly(migrationsAssembly));
        options.EnableTokenCleanup = true;
        options.TokenCleanupInterval = 30;
    });

    var providers = builder.Configuration.GetSection(ProviderOptions.SectionName).Get<ProviderOptions>() ?? new ProviderOptions();
    var authentication = builder.Services.AddAuthentication();
    if (!string.IsNullOrWhiteSpace(providers.GoogleClientId))
    {
        authentication.AddGoogle(google =>
        {
            google.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
            google.ClientId = providers.GoogleClientId;
            google.ClientSecret = providers.GoogleClientSecret;
        });
    }

    builder.Services.AddAuthorization();
    builder.Services.AddHealthChecks();

    WebApplication app = builder.Build();

    var forwarded = new ForwardedHeadersOptions
    {
        ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        RequireHeaderSymmetry = false,
        ForwardLimit = null
    };
    forwarded.KnownIPNetworks.Clear();
    forwarded.KnownProxies.Clear();
    app.UseForwardedHeaders(forwarded);

    // creates and seeds the databases on every start
    new DatabaseInitializer(app).InitializeDatabase();

    using (var scope = app.Services.CreateScope())
    {
        var keysDb = scope.ServiceProvider.GetRequiredService<DataProtectionDbContext>();
        if ((await keysDb.Database.GetPendingMigrationsAsync()).Any())
        {
            await keysDb.Database.MigrateAsync();
        }
    }

    if (app.Environment.IsDevelopment())
    {
        app.UseDeveloperExceptionPage();
    }
    else
    {
        app.UseExceptionHandler("/Home/Error");
    }

    app.UseMonarchHealthChecks(probeOptions)
        .UseCookiePolicy()
        .UseStaticFiles()
        .UseRouting()
        .UseMonarchRequestLogging()
        .UseAuthentication()
        .UseIdentityServer()
        .UseAuthorization();

    app.MapRazorPages();

    await app.RunAsync();
}
catch (Exception ex)
{
    Log.Fatal(ex, "identity host failed to start");
}
finally
{
    await Log.CloseAndFlushAsync();
}

static bool IsProbePath(string? path) =>
    string.Equals(path, "/livez", StringComparison.OrdinalIgnoreCase) ||
    string.Equals(path, "/readyz", StringComparison.OrdinalIgnoreCase);
