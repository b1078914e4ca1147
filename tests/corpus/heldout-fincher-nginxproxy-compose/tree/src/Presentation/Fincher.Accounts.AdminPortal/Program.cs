using Duende.Bff.Yarp;
using Fincher.Accounts.Domain.Enums;
using Fincher.Accounts.Infrastructure;

// BFF host for the admin portal; same shape as the member portal, different client.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthorization();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment, HostKind.Bff);

builder.Services.AddAuthentication(options =>
{
    options.DefaultScheme = "cookie";
    options.DefaultChallengeScheme = "oidc";
    options.DefaultSignOutScheme = "oidc";
})
.AddCookie("cookie", options => options.Cookie.Name = "__Host-fincher-admin")
.AddOpenIdConnect("oidc", options =>
{
    options.Authority = "http://auth.fincher.local.com";
    options.ClientId = "fincher_admin_spa";
    options.ResponseType = "code";
    options.SaveTokens = true;
    options.RequireHttpsMetadata = false;
    options.Scope.Add("accounts_api");
    options.Scope.Add("offline_access");
});

var app = builder.Build();

await app.Services.InitializeDatabasesAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseBff();
app.UseAuthorization();
app.MapBffManagementEndpoints();
app.MapRemoteBffApiEndpoint("/users", "http://api.fincher.local.com/v1/users").RequireAccessToken();
app.MapFallbackToFile("index.html");

app.Run();
