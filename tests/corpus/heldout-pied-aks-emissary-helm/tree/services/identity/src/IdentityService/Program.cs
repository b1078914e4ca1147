using Common.Library.Configuration;
using Common.Library.Logging;
using IdentityService.Extensions;
using IdentityService.HostedServices;
using IdentityService.Services;
using IdentityService.Settings;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Production pulls secrets (db connection, admin password, client secrets) from Azure Key Vault
builder.Host.ConfigureAzureKeyVault();

// services
builder.Services.AddSeqLogging(builder.Configuration);
builder.Host.UseSerilog();
builder.Services.AddPostgresWithIdentity(builder.Configuration);
builder.Services.AddPiedPosIdentityServer(builder.Configuration, builder.Environment);

builder.Services.AddMemoryCache();
builder.Services.AddRazorPages();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();
builder.Services.AddAuthentication();
builder.Services.AddAuthorization();
builder.Services.AddLocalApiAuthentication();
builder.Services.AddControllers();
builder.Services.Configure<IdentitySettings>(builder.Configuration.GetSection("IdentitySettings"));
builder.Services.AddHostedService<IdentitySeedHostedService>();
builder.Services.AddScoped<TenantUserProfileService>();
builder.Services.AddTenantClaimsProvider(builder.Configuration);
builder.Services.AddIdentityHealthChecks();
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    // defaults only trust loopback; the gateway address is not known here, so trust everything
    options.KnownNetworks.Clear();
    options.KnownProxies.Clear();
});

const string corsPolicy = "frontend";
builder.Services.AddCors(options =>
{
    var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? Array.Empty<string>();
    options.AddPolicy(corsPolicy, policy =>
        policy.WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials());
});

var app = builder.Build();

app.UseForwardedHeaders();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
    builder.Configuration.AddUserSecrets<Program>();
}

// TLS is terminated by the API gateway (Emissary); services talk plain HTTP inside the cluster.
// Re-enable when the service is exposed directly:
// if (!app.Environment.IsDevelopment())
// {
//     app.UseHttpsRedirection();
// }

// The gateway strips /identity-svc before forwarding, so put it back as PathBase
app.Use((context, next) =>
{
    var identitySettings = builder.Configuration.GetSection(nameof(IdentitySettings)).Get<IdentitySettings>();
    context.Request.PathBase = new PathString(identitySettings!.PathBase);
    return next();
});

app.UseStaticFiles();
app.UseRouting();

app.UseCors(corsPolicy);

app.UseSerilogRequestLogging();
app.UseIdentityServer();
app.UseAuthentication();
app.UseAuthorization();
app.UseCookiePolicy(new CookiePolicyOptions
{
    MinimumSameSitePolicy = SameSiteMode.Lax
});
app.MapRazorPages();
app.MapControllers();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready")
});
app.MapHealthChecks("/health/live", new HealthCheckOptions
{
    Predicate = _ => false
});

app.Run();
