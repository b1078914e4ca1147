using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relecloud.SignIn.Model;

namespace Relecloud.SignIn.Infra
{
    public class IdentitySeedData
    {
        public static void CreateIdentitySeedData(IApplicationBuilder app)
        {
            using (var scope = app.ApplicationServices.GetService<IServiceScopeFactory>().CreateScope())
            {
                MigrateUsersDatabaseAsync(scope).GetAwaiter().GetResult();
                EnsureRolesAsync(scope).GetAwaiter().GetResult();
                EnsureOperatorAccountAsync(scope).GetAwaiter().GetResult();
            }
        }

        private static async Task MigrateUsersDatabaseAsync(IServiceScope scope)
        {
            var users = scope.ServiceProvider.GetRequiredService<RelecloudUsersDbContext>();
            await users.Database.MigrateAsync();
        }

        private static async Task EnsureRolesAsync(IServiceScope scope)
        {
            var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<RelecloudRole>>();
            foreach (var role in new[] { RelecloudRole.Traveller, RelecloudRole.Operator })
            {
                if (await roleManager.FindByNameAsync(role.Name) == null)
                {
                    await roleManager.CreateAsync(role);
                }
            }
        }

        private static async Task EnsureOperatorAccountAsync(IServiceScope scope)
        {
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<RelecloudUser>>();

            const string email = "ops.desk@relecloud.net";
            const string password = "Nimbus!2021";

            if (await userManager.FindByNameAsync(email) != null)
            {
                return;
            }

            var user = new RelecloudUser
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FirstName = "Dana",
                LastName = "Okafor",
                Address = "12 Harbour Lane",
                RegionId = Region.Coastal.Id,
            };

            var result = await userManager.CreateAsync(user, password);
            if (result.Succeeded)
            {
                await userManager.AddToRoleAsync(user, RelecloudRole.Operator.Name);
            }

            await userManager.AddClaimsAsync(user, new List<Claim>
            {
                new Claim(JwtClaimTypes.GivenName, user.FirstName),
                new Claim(JwtClaimTypes.FamilyName, user.LastName),
                new Claim(JwtClaimTypes.Address, user.Address),
                new Claim(RelecloudClaims.HomeRegion, Region.Coastal.Name),
            });
        }
    }
}
