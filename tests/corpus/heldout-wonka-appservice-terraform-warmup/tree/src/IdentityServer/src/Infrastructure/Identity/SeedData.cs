using Microsoft.AspNetCore.Identity;

namespace Wonka.IdentityServer.Infrastructure.Identity;

public static class SeedData
{
    public static async Task EnsureRolesAsync<TRole>(this RoleManager<TRole> roles, params string[] names)
        where TRole : IdentityRole, new()
    {
        foreach (var name in names)
        {
            if (!await roles.RoleExistsAsync(name))
                await roles.CreateAsync(new TRole { Name = name });
        }
    }
}
