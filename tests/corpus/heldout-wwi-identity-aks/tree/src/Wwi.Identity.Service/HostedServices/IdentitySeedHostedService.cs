using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wwi.Identity.Service.Entities;
using Wwi.Identity.Service.Settings;

namespace Wwi.Identity.Service.HostedServices
{
    /// <summary>
    /// Makes sure the roles and the administrator account exist when the service starts.
    /// </summary>
    public class IdentitySeedHostedService : IHostedService
    {
        private readonly IServiceScopeFactory scopeFactory;
        private readonly IdentitySettings settings;

        public IdentitySeedHostedService(IServiceScopeFactory scopeFactory, IOptions<IdentitySettings> options)
        {
            this.scopeFactory = scopeFactory;
            settings = options.Value;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            using var scope = scopeFactory.CreateScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

            await EnsureRoleAsync(Roles.Admin, roles);
            await EnsureRoleAsync(Roles.Trader, roles);

            var admin = await users.FindByEmailAsync(settings.AdminUserEmail);
            if (admin == null)
            {
                admin = new ApplicationUser { UserName = settings.AdminUserEmail, Email = settings.AdminUserEmail };
                await users.CreateAsync(admin, settings.AdminUserPassword);
                await users.AddToRoleAsync(admin, Roles.Admin);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private static async Task EnsureRoleAsync(string role, RoleManager<ApplicationRole> roles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ApplicationRole { Name = role });
            }
        }
    }
}
