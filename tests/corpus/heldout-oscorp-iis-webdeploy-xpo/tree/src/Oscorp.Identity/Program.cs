using DevExpress.Xpo;
using DevExpress.Xpo.DB;

using Duende.IdentityServer;

using Microsoft.AspNetCore.HttpLogging;

using MudBlazor.Services;

using Oscorp.AspNetIdentity.Xpo;
using Oscorp.Identity;
using Oscorp.Identity.Data;
using Oscorp.Identity.Infrastructure;
using Oscorp.Identity.Xpo;

using Serilog;
using Serilog.Events;

PostgreSqlConnectionProvider.Register();
MySqlConnectionProvider.Register();
SQLiteConnectionProvider.Register();

var logConfig = new LoggerConfiguration()
    .MinimumLevel.Debug()
    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
    .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
    .MinimumLevel.Override("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", LogEventLevel.Information)
    .MinimumLevel.Override("System", LogEventLevel.Warning)
    .Enrich.FromLogContext();

if (Program.WriteLogFiles)
{
    logConfig = logConfig
        .WriteTo.File(@"C:\logs\identity.oscorp.io\Oscorp.Identity.log",
            fileSizeLimitBytes: 1_000_000,
            rollOnFileSizeLimit: true,
            shared: true)
        .WriteTo.Console();
}

Log.Logger = logConfig.CreateLogger();

try
{
    Log.Information("Starting Oscorp identity host");

    var builder = WebApplication.CreateBuilder(args);
    builder.Host.UseSerilog();

    var services = builder.Services;
    var configuration = builder.Configuration;

    services.AddHttpLogging(o =>
    {
        o.LoggingFields = HttpLoggingFields.All;
        o.RequestHeaders.Add("Authorization");
        o.RequestBodyLogLimit = 4096;
        o.ResponseBodyLogLimit = 4096;
    });

    services.AddControllersWithViews();
    services.AddRazorPages(o => o.Conventions.AuthorizeAreaFolder("Admin", "/", "Administrator"));
    services.AddServerSideBlazor();
    services.AddMudServices();

    // DevExpress XPO data layer over ConnectionStrings:DefaultConnection
    services.AddOscorpXpo(configuration);
    services.AddXpoDefaultUnitOfWork();
    services.AddSingleton<DatabaseUpdateHandler>();

    services.AddDefaultIdentity<OscorpIdentityUser>(o =>
        {
            o.SignIn.RequireConfirmedAccount = false;
            o.ClaimsIdentity.UserIdClaimType = "sub";
            o.ClaimsIdentity.UserNameClaimType = "name";
            o.ClaimsIdentity.RoleClaimType = "role";
        })
        .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>()
        .AddXpoUserStores<OscorpIdentityUser>()
        .AddDefaultTokenProviders();

    var identityServer = services.AddIdentityServer(o =>
        {
            o.Events.RaiseErrorEvents = true;
            o.Events.RaiseInformationEvents = true;
            o.Events.RaiseFailureEvents = true;
            o.Events.RaiseSuccessEvents = true;

            o.EmitStaticAudienceClaim = true;
        })
        .AddCustomTokenRequestValidator<ClientCredentialsTokenRequestValidator>()
        .AddRedirectUriValidator<LoopbackFriendlyRedirectValidator>()
        .AddAspNetIdentity<OscorpIdentityUser>()
        .AddOscorpXpoStore();

    identityServer.AddSigningCertificate(builder.Environment, configuration);

    services.AddAuthentication()
        .AddLocalApi(o => o.ExpectedScope = IdentityServerConstants.LocalApi.ScopeName);

    services.AddAuthorization(o =>
        o.AddPolicy("Administrator", p => p.RequireAuthenticatedUser().RequireRole("Administrator")));

    // creates/updates the XPO schema and seeds resources on every start
    services.AddHostedService<UpdateDatabaseBackgroundService>();

    var app = builder.Build();

    if (app.Environment.IsDevelopment())
    {
        app.UseDeveloperExceptionPage();
    }

    app.UseHttpsRedirection();
    app.UseHttpLogging();
    app.UseStaticFiles();

    app.UseRouting();
    app.UseIdentityServer();
    app.UseAuthorization();

    app.MapGet("/ping", () => DateTime.UtcNow);
    app.MapBlazorHub();
    app.MapRazorPages();
    app.MapDefaultControllerRoute();
    app.MapFallbackToPage("/_Host");

    app.Run();
    return 0;
}
catch (Exception ex)
{
    Log.Fatal(ex, "Oscorp identity host terminated unexpectedly");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

public partial class Program
{
    // integration tests switch the file and console sinks off
    public static bool WriteLogFiles { get; set; } = true;
}
