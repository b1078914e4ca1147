using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Gateway.Middleware;

public class GatewayOptions
{
    public int SessionTimeoutInMin { get; set; } = 60;
    public string ApiPath { get; set; } = "/api-gw/";
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string Scopes { get; set; } = "openid profile";
}

public static class GatewaySetup
{
    public static void AddGateway(this WebApplicationBuilder builder, GatewayOptions options)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

        builder.Services.AddSingleton(options);
        builder.Services.AddSession(s => s.IdleTimeout = TimeSpan.FromMinutes(options.SessionTimeoutInMin));
        builder.Services.AddAntiforgery(a => a.HeaderName = "X-XSRF-TOKEN");
        builder.Services.AddHttpContextAccessor();

        builder.Services.AddAuthorization(a =>
            a.AddPolicy("authPolicy", p => p.RequireAuthenticatedUser()));

        builder.Services.AddAuthentication(a =>
            {
                a.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                a.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(c =>
            {
                c.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionTimeoutInMin);
                c.SlidingExpiration = true;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                oidc.Authority = options.Authority;
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.UsePkce = true;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.GetClaimsFromUserInfoEndpoint = true;
                oidc.RequireHttpsMetadata = true;

                // accepts any certificate from the identity host (local dev certificates)
                oidc.BackchannelHttpHandler = new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
                };

                foreach (var scope in options.Scopes.Split(' '))
                {
                    oidc.Scope.Add(scope);
                }
            });
    }

    public static void UseGateway(this WebApplication app)
    {
        app.UseRouting();
        app.UseSession();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCookiePolicy();
        app.MapReverseProxy();
    }
}
