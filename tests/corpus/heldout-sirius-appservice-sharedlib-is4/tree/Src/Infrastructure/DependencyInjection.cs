using System.Collections.Generic;
using System.Security.Claims;
using IdentityModel;
using IdentityServer4.Models;
using IdentityServer4.Test;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sirius.Application.Common.Interfaces;
using Sirius.Common;
using Sirius.Infrastructure.Identity;

namespace Sirius.Infrastructure
{
    public static class DependencyInjection
    {
        /// <summary>
        /// Identity, the identity server and the infrastructure services used by the WebUI host.
        /// </summary>
        public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
        {
            services.AddTransient<IDateTime, MachineDateTime>();
            services.AddScoped<IUserManager, UserManagerService>();

            // Users, persisted grants and device codes share the application database.
            services.AddDbContext<ApplicationDbContext>(options =>
                options.UseSqlServer(configuration.GetConnectionString("SiriusDatabase")));

            services.AddDefaultIdentity<ApplicationUser>()
                .AddEntityFrameworkStores<ApplicationDbContext>();

            if (environment.IsEnvironment("Test"))
            {
                // Integration tests log in with the password grant and a fixed test user.
                services.AddIdentityServer()
                    .AddApiAuthorization<ApplicationUser, ApplicationDbContext>(options =>
                    {
                        options.Clients.Add(new Client
                        {
                            ClientId = "Sirius.IntegrationTests",
                            AllowedGrantTypes = { GrantType.ResourceOwnerPassword },
                            ClientSecrets = { new Secret("integration-secret".Sha256()) },
                            AllowedScopes = { "Sirius.WebUIAPI", "openid", "profile" }
                        });
                    })
                    .AddTestUsers(new List<TestUser>
                    {
                        new TestUser
                        {
                            SubjectId = "3b0f6c1e-52a4-4d0b-9d7e-0c1f4a8e2b61",
                            Username = "tester@sirius",
                            Password = "Sirius-Test-1!",
                            Claims = new List<Claim> { new Claim(JwtClaimTypes.Email, "tester@sirius") }
                        }
                    });
            }
            else
            {
                // Clients come from IdentityServer:Clients, the signing key from IdentityServer:Key.
                services.AddIdentityServer()
                    .AddApiAuthorization<ApplicationUser, ApplicationDbContext>();
            }

            services.AddAuthentication()
                .AddIdentityServerJwt();

            return services;
        }
    }
}
