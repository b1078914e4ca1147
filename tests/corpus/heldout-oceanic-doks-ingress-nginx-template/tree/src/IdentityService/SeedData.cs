using System.Security.Claims;
using IdentityModel;
using IdentityService.Data;
using IdentityService.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace IdentityService;

public class SeedData
{
    public static void EnsureSeedData(WebApplication app)
    {
        using var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.Database.Migrate();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        if (users.Users.Any()) return;

        CreateUser(users, "alice", "alice.smith@oceanic-cloud.io", "Alice Smith");
        CreateUser(users, "bob", "bob.smith@oceanic-cloud.io", "Bob Smith");
    }

    private static void CreateUser(UserManager<ApplicationUser> users, string userName, string email, string fullName)
    {
        if (users.FindByNameAsync(userName).Result != null)
        {
            Log.Debug("{User} already exists", userName);
            return;
        }

        var user = new ApplicationUser
        {
            UserName = userName,
            Email = email,
            EmailConfirmed = true,
        };

        var result = users.CreateAsync(user, "Pass123$").Result;
        if (!result.Succeeded)
        {
            throw new Exception(result.Errors.First().Description);
        }

        result = users.AddClaimsAsync(user, new[] { new Claim(JwtClaimTypes.Name, fullName) }).Result;
        if (!result.Succeeded)
        {
            throw new Exception(result.Errors.First().Description);
        }

        Log.Debug("{User} created", userName);
    }
}
