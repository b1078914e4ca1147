using Duende.Bff.Yarp;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.Infrastructure;
using Hellang.Middleware.SpaFallback;

// BFF host for the member portal (React app in ClientApp/). Signs in against the
// IdentityServer host and forwards API calls with the user's access token.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSpaFallback();
builder.Services.AddAuthorization();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment, HostKind.Bff);

var urls = builder.Configuration.GetSection("UrlsConfiguration");

builder.Services.AddAuthentication(options =>
{
    options.DefaultScheme = "cookie";
    options.DefaultChallengeScheme = "oidc";
    options.DefaultSignOutScheme = "oidc";
})
.AddCookie("cookie", options =>
{
    options.Cookie.Name = "__Host-fincher-bff";
    options.Cookie.SameSite = SameSiteMode.Strict;
})
.AddOpenIdConnect("oidc", options =>
{
    options.Authority = urls["IdentityServerBaseUrl"];
    options.ClientId = "fincher_portal_spa";
    options.ClientSecret = "secret";
    options.ResponseType = "code";
    options.ResponseMode = "query";
    options.GetClaimsFromUserInfoEndpoint = true;
    options.MapInboundClaims = false;
    options.SaveTokens = true;
    options.RequireHttpsMetadata = false;

    options.Scope.Clear();
    foreach (var scope in new[] { "openid", "profile", "email", "roles", "accounts_api", "offline_access" })
    {
        options.Scope.Add(scope);
    }
});

var app = builder.Build();

app.UseSpaFallback();

await app.Services.InitializeDatabasesAsync();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseBff();
app.UseAuthorization();

app.MapBffManagementEndpoints();
app.MapRemoteBffApiEndpoint("/profile", $"{urls["ApiBaseUrl"]}/v1/personal").RequireAccessToken();
app.MapRemoteBffApiEndpoint("/sessions", $"{urls["ApiBaseUrl"]}/v1/user-sessions").RequireAccessToken();
app.MapFallbackToFile("index.html");

app.Run();
