using Duende.Bff;
using Dunder.Market.Api.Data;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;

// Backend-for-frontend + catalogue API. It is an OIDC client of the identity service, not a token server.
var builder = WebApplication.CreateBuilder(args);

builder.AddNpgsqlDbContext<MarketDbContext>("dundermarket");

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    options.KnownIPNetworks.Clear();
    options.KnownProxies.Clear();
});

builder.Services.AddBff(options => options.LicenseKey = builder.Configuration["Duende:Bff:LicenseKey"])
    .ConfigureOpenIdConnect(options =>
    {
        var origin = builder.Configuration["Bff:Origin"]
            ?? throw new InvalidOperationException("Missing setting 'Bff:Origin'.");

        // In the cluster the authority is the internal http://identity service.
        options.Authority = builder.Configuration["Identity:Authority"]
            ?? throw new InvalidOperationException("Missing setting 'Identity:Authority'.");
        options.RequireHttpsMetadata = !options.Authority.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        options.ClientId = "dunder-market-bff";
        options.ClientSecret = builder.Configuration["Bff:ClientSecret"] ?? "local-only-bff-secret";
        options.ResponseType = "code";
        options.GetClaimsFromUserInfoEndpoint = true;
        options.SaveTokens = true;
        options.MapInboundClaims = false;
        options.Scope.Add("offline_access");

        options.Events.OnRedirectToIdentityProvider = ctx =>
        {
            ctx.ProtocolMessage.IssuerAddress = origin.TrimEnd('/') + new Uri(ctx.ProtocolMessage.IssuerAddress).PathAndQuery;
            ctx.ProtocolMessage.RedirectUri = $"{origin}/signin-oidc";
            return Task.CompletedTask;
        };
    })
    .ConfigureCookies(options =>
    {
        options.Cookie.Name = "dunder-market-session";
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.ExpireTimeSpan = TimeSpan.FromDays(7);
        options.SlidingExpiration = true;
    });

builder.Services.AddAuthorization();

builder.Services.AddCors(options =>
{
    var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>()
        ?? throw new InvalidOperationException("Missing setting 'Cors:AllowedOrigins'.");
    options.AddDefaultPolicy(p => p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials());
});

var app = builder.Build();

app.UseForwardedHeaders();

if (!app.Environment.IsEnvironment("Testing"))
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<MarketDbContext>().Database.MigrateAsync();
}

app.UseCors();
app.UseAuthentication();
app.UseRouting();
app.UseBff();
app.UseAuthorization();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.MapGet("/api/listings", async (MarketDbContext db) => await db.Listings.ToListAsync());

await app.RunAsync();
