using Globex.AccountService.Infrastructure.Data;
using Globex.AccountService.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Globex.AccountService.Infrastructure;

/// <summary>Local bootstrap: applies pending migrations and creates demo accounts.</summary>
public static class DataSeeder
{
    public static async Task EnsureSeedDataAsync(WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GlobexUser>>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<AccountDbContext>>();

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s)", pending.Count);
            await db.Database.MigrateAsync(ct);
        }

        await EnsureUserAsync(users, "ops.admin@globexmart.net", "Ops Admin", "SystemAdmin");
        await EnsureUserAsync(users, "demo.merchant@globexmart.net", "Demo Merchant", "Merchant");
        await EnsureUserAsync(users, "demo.shopper@globexmart.net", "Demo Shopper", "Shopper");
    }

    private static async Task EnsureUserAsync(UserManager<GlobexUser> users, string email, string name, string role)
    {
        if (await users.FindByEmailAsync(email) is not null)
            return;

        var user = new GlobexUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, Role = role };
        await users.CreateAsync(user, "Dev-Only-Passw0rd!");
    }
}
