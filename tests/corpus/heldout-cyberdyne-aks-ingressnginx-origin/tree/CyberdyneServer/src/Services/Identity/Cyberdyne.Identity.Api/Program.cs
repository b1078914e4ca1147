using Cyberdyne.Identity.Api;
using Cyberdyne.Identity.Api.Configuration;
using Cyberdyne.Identity.Api.Data;
using Cyberdyne.Identity.Api.Entity;
using Duende.IdentityServer;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
var settings = builder.Configuration;

builder.Services.AddControllersWithViews();

// ASP.NET Core Identity users live in the same Postgres database as the IdentityServer stores
builder.Services.AddDbContext<AccountsDbContext>(db =>
    db.UseNpgsql(settings.GetConnectionString("IdentityDB")));

// key ring shared by every pod through the accounts database
builder.Services.AddDataProtection()
    .PersistKeysToDbContext<AccountsDbContext>();

builder.Services.AddAuthentication()
    .AddGoogle("Google", google =>
    {
        google.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
        google.ClientId = settings["Google:ClientId"];
        google.ClientSecret = settings["Google:ClientSecret"];
    });

builder.Services.AddIdentity<CyberdyneUser, IdentityRole>(identity =>
    {
        identity.Password.RequiredLength = 6;
        identity.Password.RequireDigit = true;
        identity.Password.RequireUppercase = true;
        identity.Password.RequireNonAlphanumeric = true;
    })
    .AddEntityFrameworkStores<AccountsDbContext>()
    .AddDefaultTokenProviders();

var storeAssembly = typeof(Program).Assembly.GetName().Name;
builder.Services.AddIdentityServer(ids =>
    {
        ids.Events.RaiseErrorEvents = true;
        ids.Events.RaiseInformationEvents = true;
        ids.Events.RaiseFailureEvents = true;
        ids.Events.RaiseSuccessEvents = true;

        ids.EmitStaticAudienceClaim = true;

        // automatic key management: folder kept for the pods, rotation reviewed by the team
        ids.KeyManagement.KeyPath = "/home/shared/key";
        ids.KeyManagement.RotationInterval = TimeSpan.FromDays(30);
        ids.KeyManagement.PropagationTime = TimeSpan.FromDays(2);
        ids.KeyManagement.RetentionDuration = TimeSpan.FromDays(7);
        ids.KeyManagement.DeleteRetiredKeys = false;

        if (builder.Environment.IsDevelopment())
        {
            ids.IssuerUri = settings["IdentityUrl"];
        }
    })
    .AddOperationalStore(store =>
    {
        store.ConfigureDbContext = db => db.UseNpgsql(settings.GetConnectionString("IdentityDB"),
            npgsql => npgsql.MigrationsAssembly(storeAssembly));
    })
    .AddConfigurationStore(store =>
    {
        store.ConfigureDbContext = db => db.UseNpgsql(settings.GetConnectionString("IdentityDB"),
            npgsql => npgsql.MigrationsAssembly(storeAssembly));
    })
    .AddAspNetIdentity<CyberdyneUser>();
    // .AddSigningCredential(LoadVaultCertificate());

builder.Services.AddHealthChecks()
    .AddNpgSql(_ => settings.GetRequiredConnectionString("IdentityDB"),
        name: "identitydb-check",
        tags: new[] { "IdentityDB" });

builder.Services.ConfigureApplicationCookie(cookie =>
{
    cookie.Cookie.Name = "Cyberdyne.Identity.Cookie";
    cookie.Cookie.SameSite = SameSiteMode.None;
    cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    cookie.LoginPath = "/Account/SignIn";
    cookie.LogoutPath = "/Account/SignOut";
});

builder.Services.AddCors();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
    // app.UseForwardedHeaders(new ForwardedHeadersOptions
    // {
    //     ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
    // });
    app.UseHsts();
    app.Use(async (context, next) =>
    {
        context.SetIdentityServerOrigin("https://portal.52.160.14.87.nip.io");
        await next();
    });
}

app.UseCors(cors =>
{
    cors.AllowAnyOrigin();
    cors.AllowAnyHeader();
    cors.AllowAnyMethod();
});

app.UseCookiePolicy(new CookiePolicyOptions
{
    CheckConsentNeeded = _ => true,
    MinimumSameSitePolicy = SameSiteMode.Lax,
});

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthorization();
app.UseIdentityServer();
app.MapDefaultControllerRoute();

PrepareIdentityStores(app);

using (var scope = app.Services.CreateScope())
{
    await AccountSeeder.SeedAsync(scope, app.Configuration, app.Logger);
}

await app.RunAsync();

static void PrepareIdentityStores(IApplicationBuilder app)
{
    using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

    scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();

    var configurationDb = scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>();
    configurationDb.Database.Migrate();

    if (!configurationDb.Clients.Any())
    {
        configurationDb.Clients.AddRange(CyberdyneClients.Clients.Select(c => c.ToEntity()));
        configurationDb.SaveChanges();
    }

    if (!configurationDb.IdentityResources.Any())
    {
        configurationDb.IdentityResources.AddRange(CyberdyneClients.IdentityResources.Select(r => r.ToEntity()));
        configurationDb.SaveChanges();
    }

    if (!configurationDb.ApiScopes.Any())
    {
        configurationDb.ApiScopes.AddRange(CyberdyneClients.ApiScopes.Select(s => s.ToEntity()));
        configurationDb.SaveChanges();
    }
}

// X509Certificate2 LoadVaultCertificate()
// {
//     var vault = new SecretClient(new Uri(settings["KeyVault:Url"]!),
//         new ClientSecretCredential(settings["KeyVault:TenantId"], settings["KeyVault:ClientId"], settings["KeyVault:ClientSecret"]));
//     var pem = vault.GetSecret("cyberdyne-ids-signing").Value.Value;
//     return X509Certificate2.CreateFromPem(pem, pem);
// }
