using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dunder.Market.Identity;
using Dunder.Market.Identity.Data;
using Dunder.Market.Identity.Data.Entities;
using Dunder.Market.Identity.Endpoints;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

// Aspire client integration: reads ConnectionStrings:dundermarket.
builder.AddNpgsqlDbContext<IdentityDbContext>("dundermarket");

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    options.KnownIPNetworks.Clear();
    options.KnownProxies.Clear();
});

var bffOrigin = builder.Configuration["Bff:Origin"]
    ?? throw new InvalidOperationException("Missing setting 'Bff:Origin'.");
var bffSecret = builder.Configuration["Bff:ClientSecret"] ?? "local-only-bff-secret";

builder.Services.AddIdentityServer(options =>
{
    options.LicenseKey = builder.Configuration["Duende:IdentityServer:LicenseKey"];
    options.UserInteraction.LoginUrl = "/login";
    options.UserInteraction.LoginReturnUrlParameter = "returnUrl";
    options.UserInteraction.LogoutUrl = IdentityRoutes.Logout;

    // The signing certificate is supplied explicitly below, and the container runs
    // as a non-root user with a read-only /app, so the keys/ folder cannot be written.
    options.KeyManagement.Enabled = false;

    // The BFF reaches this service through the in-cluster URL while browsers come
    // through the public ingress host: pin the issuer so both see the same value.
    var issuer = builder.Configuration["IdentityServer:IssuerUri"];
    if (!string.IsNullOrEmpty(issuer))
    {
        options.IssuerUri = issuer;
    }
})
    .AddInMemoryIdentityResources(Config.IdentityResources)
    .AddInMemoryClients(Config.Clients(bffOrigin, bffSecret))
    .AddProfileService<MarketProfileService>()
    .AddSigningCredential(LoadSigningCertificate(builder.Configuration), SecurityAlgorithms.RsaSha256);

builder.Services.AddRateLimiter(options =>
{
    options.AddFixedWindowLimiter("auth", limiter =>
    {
        limiter.PermitLimit = builder.Environment.IsEnvironment("Testing") ? 1000 : 10;
        limiter.Window = TimeSpan.FromMinutes(5);
        limiter.QueueLimit = 0;
    });
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
});

var app = builder.Build();

app.UseForwardedHeaders();

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();

    if (!app.Environment.IsEnvironment("Testing"))
    {
        await db.Database.MigrateAsync();
    }

    if (!app.Environment.IsEnvironment("Testing") && !await db.Users.AnyAsync(u => u.IsAdmin))
    {
        var hasher = new PasswordHasher<User>();
        var admin = new User
        {
            Id = Guid.NewGuid(),
            Email = "admin@dunder-market.net",
            DisplayName = "Dunder Admin",
            IsAdmin = true,
            PasswordHash = string.Empty,
        };
        admin.PasswordHash = hasher.HashPassword(admin, builder.Configuration["Admin:Password"] ?? "DunderAdmin2024!");
        db.Users.Add(admin);
        await db.SaveChangesAsync();
    }
}

app.UseStaticFiles();
// The login UI is built with base "/identity-ui/" so its hashed assets do not collide
// with the storefront's /assets/* on the same ingress host.
var uiAssets = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "assets");
Directory.CreateDirectory(uiAssets);
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new PhysicalFileProvider(uiAssets),
    RequestPath = "/identity-ui/assets",
});
app.UseRouting();
app.UseIdentityServer();
app.UseRateLimiter();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.MapAuthEndpoints();
app.MapFallbackToFile("index.html");

await app.RunAsync();

static X509Certificate2 LoadSigningCertificate(IConfiguration configuration)
{
    var pfx = configuration["IdentityServer:SigningCertificate"];
    var password = configuration["IdentityServer:SigningCertificatePassword"];
    if (pfx is not null && password is not null)
    {
        return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(pfx), password);
    }

    // Local runs and tests: throwaway self-signed certificate, new on every start.
    using var rsa = RSA.Create(2048);
    var request = new CertificateRequest(
        "CN=dunder-market-identity-local",
        rsa,
        HashAlgorithmName.SHA256,
        RSASignaturePadding.Pkcs1);
    return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
}
