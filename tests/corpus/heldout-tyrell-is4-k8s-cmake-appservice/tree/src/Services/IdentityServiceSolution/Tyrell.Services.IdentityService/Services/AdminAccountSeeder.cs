using Microsoft.AspNetCore.Identity;
using Tyrell.Services.IdentityService.Data;

namespace Tyrell.Services.IdentityService.Services;

public class AdminAccountSeeder
{
    private const string AdminRole = "Administrator";

    private readonly IConfiguration configuration;
    private readonly RoleManager<IdentityRole<Guid>> roles;
    private readonly UserManager<Customer> users;

    public AdminAccountSeeder(IConfiguration configuration, RoleManager<IdentityRole<Guid>> roles, UserManager<Customer> users) =>
        (this.configuration, this.roles, this.users) = (configuration, roles, users);

    public async Task CreateAdminAsync()
    {
        if ((await users.GetUsersInRoleAsync(AdminRole)).Count > 0)
        {
            return;
        }

        if (!await roles.RoleExistsAsync(AdminRole))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(AdminRole));
        }

        var admin = new Customer
        {
            UserName = configuration["AdminCredentials:Email"],
            Email = configuration["AdminCredentials:Email"],
            FirstName = "Tyrell",
            LastName = "Admin"
        };

        await users.CreateAsync(admin, configuration["AdminCredentials:Password"]);
        await users.AddToRoleAsync(admin, AdminRole);
    }
}
