using IdentityServer4;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Tailspin.Identity
{
    public class Startup
    {
        private readonly IWebHostEnvironment _env;

        public Startup(IWebHostEnvironment env)
        {
            _env = env;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();

            var idsrv = services.AddIdentityServer(opts =>
                {
                    opts.EmitStaticAudienceClaim = true;
                })
                .AddInMemoryIdentityResources(ClientCatalog.IdentityScopes)
                .AddInMemoryApiResources(ClientCatalog.Apis)
                .AddInMemoryApiScopes(ClientCatalog.Scopes)
                .AddInMemoryClients(ClientCatalog.Clients)
                .AddTestUsers(DemoUsers.All);

            // temporary key material until a real certificate is sorted out
            idsrv.AddDeveloperSigningCredential();

            services.AddAuthentication()
                .AddOpenIdConnect("partner-idp", "Partner login", oidc =>
                {
                    oidc.Authority = "https://tailspin-partners.okta.com";
                    oidc.ClientId = "<partner-client-id>";
                    oidc.ClientSecret = "<partner-client-secret>";
                    oidc.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    oidc.SignOutScheme = IdentityServerConstants.SignoutScheme;
                    oidc.ResponseType = OpenIdConnectResponseType.Code;
                    oidc.SaveTokens = true;
                });
        }

        public void Configure(IApplicationBuilder app)
        {
            if (_env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            // everything lives under /identity so the proxies can route by path
            app.Map("/identity", branch =>
            {
                branch.UseStaticFiles();
                branch.UseRouting();
                branch.UseIdentityServer();
                branch.UseAuthorization();
                branch.UseEndpoints(routes => routes.MapDefaultControllerRoute());
            });
        }
    }
}
