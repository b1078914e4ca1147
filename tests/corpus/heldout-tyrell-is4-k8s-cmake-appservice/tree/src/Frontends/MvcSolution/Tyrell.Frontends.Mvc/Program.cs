using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Tyrell.Libraries.Shared.Abstractions;
using Tyrell.Libraries.Shared.Configuration;
using Tyrell.Libraries.Shared.Extensions;

// Storefront: an OIDC client of the identity service, not an IdentityServer host
var builder = WebApplication.CreateBuilder(args);

builder.AddTyrellDefaults(new()
{
    OriginAssembly = typeof(Program).Assembly,
    DisplayName = "Tyrell Motors: Storefront"
});

builder.Services.AddControllersWithViews();
builder.Services.AddOpenIdConnectAccessTokenManagement();
builder.Services.AddSession();

var redis = builder.Configuration.GetSection("Redis").Get<ExternalServiceOptions>()
    ?? throw new InvalidOperationException("Redis section is missing");

if (redis.Enabled)
{
    // shopping cart cache only
    builder.Services.AddStackExchangeRedisCache(options =>
    {
        options.Configuration = redis.ConnectionString;
        options.InstanceName = "tyrell_";
    });
}
else
{
    builder.Services.AddDistributedMemoryCache();
}

builder.Services.AddAuthentication(options =>
{
    options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
})
    .AddCookie()
    .AddOpenIdConnect(options =>
    {
        options.Authority = builder.Configuration["IdentityServer"];
        options.ClientId = builder.Configuration["ClientCredentials:ClientId"];
        options.ClientSecret = builder.Configuration["ClientCredentials:ClientSecret"];
        options.RequireHttpsMetadata = false;
        options.ResponseType = "code";
        options.SaveTokens = true;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.Scope.Add("WebBff.fullaccess");
        options.Scope.Add("offline_access");
        options.Scope.Add("role");
    });

builder.Services.AddHealthChecks()
    .AddIdentityServerCheck(builder.Configuration["IdentityServer"]!);

var app = builder.Build();

app.TrustProxyHeaders();
app.UseTyrellCookiePolicy();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
}

app.UseAppConfigurationWhenEnabled();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseSession();
app.MapDefaultControllerRoute();
app.MapTyrellHealthEndpoints();
app.DelayStartupForDependencies();

await app.RunAsync();
