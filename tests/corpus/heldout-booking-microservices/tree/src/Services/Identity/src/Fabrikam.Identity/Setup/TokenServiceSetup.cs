using Fabrikam.Identity.Data;
using Fabrikam.Shared.Config;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Fabrikam.Identity.Setup;

public static class TokenServiceSetup
{
    public static WebApplicationBuilder AddTokenService(this WebApplicationBuilder builder)
    {
        builder.Services.AddBoundSettings<IssuerSettings>();
        var issuer = builder.Services.ReadSettings<IssuerSettings>(nameof(IssuerSettings));

        builder.Services.AddIdentity<Traveller, TravellerRole>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();

        var sts = builder.Services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
                options.IssuerUri = issuer.PublicIssuer;
            })
            .AddInMemoryIdentityResources(Catalog.IdentityResources)
            .AddInMemoryApiResources(Catalog.ApiResources)
            .AddInMemoryApiScopes(Catalog.ApiScopes)
            .AddInMemoryClients(Catalog.Clients)
            .AddAspNetIdentity<Traveller>()
            .AddResourceOwnerValidator<PasswordGrantValidator>();

        // no certificate is provisioned anywhere, so a generated key is used in every environment
        sts.AddDeveloperSigningCredential();

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Events.OnRedirectToLogin = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        return builder;
    }
}
