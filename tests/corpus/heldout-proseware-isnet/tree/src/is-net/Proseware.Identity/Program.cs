using Proseware.Identity.Extensions;
using Proseware.Identity.Extensions.DependencyInjection;
using Proseware.Identity.Models;
using Proseware.Identity.Services;
using Proseware.Identity.Services.SigningCredential;
using IdentityServer4.Configuration;
using IdentityServer4.Services;
using IdentityServer4.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using System;
using System.IO;
using System.Linq;

Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Debug()
    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
    .MinimumLevel.Override("System", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .CreateLogger();

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Host.UseSerilog();

// optional extra settings file: --appSettingsOverlay=<name> or PROSEWARE_IDENTITY_OVERLAY
var overlay =
    args.FirstOrDefault(a => a.StartsWith("--appSettingsOverlay="))?.Split('=')[1]
    ?? Environment.GetEnvironmentVariable("PROSEWARE_IDENTITY_OVERLAY");
if (!string.IsNullOrEmpty(overlay))
{
    builder.Configuration.AddJsonFile($"appsettings.{overlay}.json", optional: true, reloadOnChange: false);
}

// the server's own settings live in _config/<prefix>.proseware.identity.json (not in git)
var prefix = Environment.GetEnvironmentVariable("PROSEWARE_IDENTITY_SETTINGS_PREFIX");
if (string.IsNullOrEmpty(prefix))
{
    prefix = "default";
}
builder.Configuration.AddJsonFile($"_config/{prefix}.proseware.identity.json", optional: true, reloadOnChange: false);

builder.Services.AddDataProtection()
    .PersistKeysToFileSystem(new DirectoryInfo(builder.Configuration.DataProtectionKeysPath()))
    .SetApplicationName("ProsewareIdentity")
    .SetDefaultKeyLifetime(TimeSpan.FromDays(30));
    //.ProtectKeysWithCertificate("thumbprint")  // later

builder.Services
    .AddDefaultIdentity<ApplicationUser>(options => options.SignIn.RequireConfirmedAccount = true)
    .AddRoles<ApplicationRole>()
    .AddDefaultTokenProviders();

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("admin-policy", policy => policy.RequireRole("proseware-admin"));
});

builder.Services.AddAuthentication("Bearer")
    .AddJwtBearer("Bearer-Vault", options =>
    {
        options.Authority = builder.Configuration["IdentityServer:PublicOrigin"];
        options.RequireHttpsMetadata = false;
        options.Audience = "vault-api";
    });

builder.Services.AddControllersWithViews().AddNewtonsoftJson();
builder.Services.AddRazorPages();

var identityServerBuilder = builder.Services.AddIdentityServer(options =>
{
    options.Events.RaiseErrorEvents = true;
    options.Events.RaiseInformationEvents = true;
    options.Events.RaiseFailureEvents = true;
    options.Events.RaiseSuccessEvents = true;
    options.UserInteraction.LoginUrl = "/Account/Login";
    options.UserInteraction.LogoutUrl = "/Account/Logout";
    options.Authentication = new AuthenticationOptions()
    {
        CookieLifetime = TimeSpan.FromHours(10),
        CookieSlidingExpiration = true,
    };
    // issuer: taken from the request (see forwarded headers below)
    //options.IssuerUri = builder.Configuration["IdentityServer:PublicOrigin"];
})
    .AddSecretParser<JwtBearerClientAssertionSecretParser>()
    .AddSecretValidator<PrivateKeyJwtSecretValidator>()
    .AddAspNetIdentity<ApplicationUser>()
    .AddResourceStore<ResourceStore>()
    .AddClientStore<ClientStore>();

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders =
        ForwardedHeaders.XForwardedFor |
        ForwardedHeaders.XForwardedProto |
        ForwardedHeaders.XForwardedHost;
    // KnownNetworks is obsolete on net10
    //options.KnownNetworks.Clear();
    options.KnownIPNetworks.Clear();
    options.KnownProxies.Clear();
});

builder.Services.AddSingleton<IEventSink, EventSinkProxy>();

builder.Services.AddSigningCredentialCertificateStorage(builder.Configuration);

var sp = builder.Services.BuildServiceProvider();
var certificateStorage = sp.GetService<ISigningCredentialCertificateStorage>();
certificateStorage.RenewCertificatesAsync().Wait();
foreach (var cert in certificateStorage.GetCertificatesAsync().Result)
{
    identityServerBuilder.AddSigningCredential(cert);
}

builder.Services.AddTransient<SetupService>();

builder.Services
    .AddServicesFromConfiguration(builder.Configuration)
    .ConfigureCustomStartup(builder.Configuration, identityServerBuilder)
    .AddFallbackServices(builder.Configuration);

var app = builder.Build();

app.MapDefaultEndpoints();

// creates the admin user and roles on first start
var setupService = app.Services.GetService<SetupService>();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}

if (builder.Configuration["IdentityServer:AddXForwardedProtoMiddleware"] == "true")
{
    app.AddXForwardedProtoMiddleware();
}

if (builder.Configuration["IdentityServer:UseHttpsRedirection"] != "false")
{
    app.UseHttpsRedirection();
}

app.UseForwardedHeaders();

app.UseAppBasePath();
app.UseStaticFiles();
app.UseRouting();

app.UseIdentityServer();

app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapControllerRoute(
    name: "default",
    pattern: "{controller=Home}/{action=Index}/{id?}");

app.Run();
