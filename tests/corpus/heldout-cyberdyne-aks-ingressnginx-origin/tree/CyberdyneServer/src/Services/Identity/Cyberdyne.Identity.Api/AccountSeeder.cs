using System.Security.Claims;
using Cyberdyne.Identity.Api.Data;
using Cyberdyne.Identity.Api.Entity;
using IdentityModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Polly;

namespace Cyberdyne.Identity.Api;

public static class AccountSeeder
{
    public static async Task SeedAsync(IServiceScope scope, IConfiguration configuration, ILogger logger)
    {
        var policy = BuildMigrationPolicy(configuration, logger);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();

        await policy.ExecuteAsync(async () =>
        {
            accounts.Database.Migrate();

            var users = scope.ServiceProvider.GetRequiredService<UserManager<CyberdyneUser>>();
            if (await users.FindByNameAsync("t800") is not null)
            {
                logger.LogDebug("seed user already present");
                return;
            }

            var user = new CyberdyneUser
            {
                Id = Guid.NewGuid().ToString(),
                UserName = "t800",
                Email = "t800@cyberdyne.local",
                EmailConfirmed = true
            };

            var created = await users.CreateAsync(user, "Skyn3t!x");
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(created.Errors.First().Description);
            }

            await users.AddClaimsAsync(user, new[]
            {
                new Claim(JwtClaimTypes.Name, "Model T800"),
                new Claim(JwtClaimTypes.GivenName, "Model"),
                new Claim(JwtClaimTypes.FamilyName, "T800"),
            });
        });
    }

    // a retry only around the migration, and only when RetryMigrations=true
    private static AsyncPolicy BuildMigrationPolicy(IConfiguration configuration, ILogger logger)
    {
        bool.TryParse(configuration["RetryMigrations"], out var retry);
        if (!retry)
        {
            return Policy.NoOpAsync();
        }

        return Policy.Handle<Exception>()
            .WaitAndRetryForeverAsync(
                _ => TimeSpan.FromSeconds(5),
                (ex, attempt, _) => logger.LogWarning(ex, "migration failed, attempt {Attempt}", attempt));
    }
}
