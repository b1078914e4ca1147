using AlpineSki.Identity.Data.DataMigrations;
using Microsoft.AspNetCore.Identity;

namespace AlpineSki.Identity;

internal static class SeedData
{
    public static async Task EnsureSeedDataAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SkiPatrolUser>>();
        if (await users.FindByNameAsync("marta") is null)
        {
            await users.CreateAsync(new SkiPatrolUser { UserName = "marta", Email = "marta@alpineski.test" }, "Lift-Ticket-1!");
        }
    }
}
