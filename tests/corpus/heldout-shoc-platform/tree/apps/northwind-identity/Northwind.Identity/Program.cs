using Duende.IdentityServer;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Northwind.ApiCore;
using Northwind.ApiCore.DataProtection;
using Northwind.Identity.Config;
using Northwind.Identity.Middleware;
using Northwind.Identity.Provider.Config;
using Northwind.Identity.Provider.Services;

var builder = WebApplication.CreateBuilder(args);

// the compose env files override appsettings.json
builder.Configuration.AddEnvironmentVariables();

builder.Services.AddRepositories(builder.Configuration);
builder.Services.AddIdentityEssentials(builder.Configuration);
builder.Services
    .AddAuthentication(auth =>
    {
        auth.DefaultScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
        auth.DefaultChallengeScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
        auth.DefaultSignInScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
    });
builder.Services.AddAuthorization();
builder.Services.AddPersistenceDataProtection();
builder.Services.AddControllers();
builder.Services.AddAnyOriginCors(CorsNames.Default);
builder.Services.AddForwardingConfiguration();
builder.Services.AddSingleton<ICorsPolicyService, PermissiveCorsPolicyService>();

var app = builder.Build();

// the sign-in SPA is served by this host: unknown paths fall back to index.html
app.UseMiddleware<SpaFallbackMiddleware>();
app.UseDefaultFiles();
app.UseStaticFiles();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
    app.UseForwardedHeaders();
}
else
{
    app.UseExceptionHandler("/oops");
    app.UseForwardedHeaders();
    app.UseHsts();
}

app.UseCookiePolicy();
app.UseRouting();
app.UseIdentityServer();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.UseCors(CorsNames.Default);

app.Run();
