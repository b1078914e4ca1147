using Contoso.Api.Admin;
using Contoso.Data.Context;
using IdentityServer4.AccessTokenValidation;
using IdentityServer4.Contrib.AspNetCore.Testing.Builder;
using IdentityServer4.Contrib.AspNetCore.Testing.Services;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Api.Admin.Tests
{
    // Boots the admin API against an in-process token server and an in-memory database.
    public class AdminApiFactory : WebApplicationFactory<Startup>
    {
        public IdentityServerProxy TokenServer { get; private set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var robot = new Client
            {
                ClientId = "test-robot",
                ClientSecrets = { new Secret("robot-pass".Sha256()) },
                AllowedGrantTypes = GrantTypes.ClientCredentials,
                AllowedScopes = { "contoso_api.admin" },
                AccessTokenLifetime = 600
            };

            TokenServer = new IdentityServerProxy(new IdentityServerHostBuilder()
                .AddClients(robot)
                .AddApiResources(new ApiResource("contoso_api") { Scopes = { new Scope("contoso_api.admin") } })
                .CreateWebHostBuider());

            builder.ConfigureServices(services =>
            {
                services.AddDbContext<IdentityStoreContext>(o => o.UseInMemoryDatabase("admin-api-tests"));
                services.PostConfigureAll<IdentityServerAuthenticationOptions>(o =>
                {
                    o.Authority = "http://localhost";
                    o.JwtBackChannelHandler = TokenServer.CreateHandler();
                });
            });
        }
    }
}
