using identityhost.Data;
using identityhost.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace identityhost;

/// <summary>
/// Sign-in host for the Initech TPS report tracker (Duende IdentityServer + ASP.NET Core Identity).
/// </summary>
public class Program
{
    public static async Task Main(string[] args)
    {
        Log.Logger = new LoggerConfiguration()
            .WriteTo.Console()
            .CreateBootstrapLogger();

        Log.Information("TPS identity host starting");

        try
        {
            var builder = WebApplication.CreateBuilder(args);

            builder.Host.UseSerilog((ctx, lc) => lc
                .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message:lj}{NewLine}{Exception}{NewLine}")
                .Enrich.FromLogContext()
                .ReadFrom.Configuration(ctx.Configuration));

            var app = builder
                .ConfigureServices()
                .ConfigurePipeline();

            // bring the user store up to date and create the demo accounts on every start
            await PrepareUserStoreAsync(app);

            await app.RunAsync();
        }
        catch (Exception ex)
        {
            Log.Fatal(ex, "TPS identity host terminated unexpectedly");
        }
        finally
        {
            Log.CloseAndFlush();
        }
    }

    private static async Task PrepareUserStoreAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();

        try
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();

            if (db.Database.IsSqlServer())
            {
                await db.Database.MigrateAsync();
                Log.Information("User store migrated");
            }
            else
            {
                await db.Database.EnsureCreatedAsync();
            }

            await SeedAccountsAsync(scope.ServiceProvider);
        }
        catch (Exception ex)
        {
            // keep the host running even when the database is not reachable yet
            Log.Error(ex, "User store preparation failed");
        }
    }

    private static async Task SeedAccountsAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<TpsUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();

        foreach (var role in new[] { "Administrator", "Manager", "Engineer", "Auditor" })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var accounts = new[]
        {
            new { Email = "admin@tps.initech.local", Password = "Initech!Admin1", Role = "Administrator", Name = "TPS Administrator" },
            new { Email = "manager@tps.initech.local", Password = "Initech!Mgr1", Role = "Manager", Name = "Division Manager" },
            new { Email = "engineer@tps.initech.local", Password = "Initech!Eng1", Role = "Engineer", Name = "Software Engineer" },
            new { Email = "auditor@tps.initech.local", Password = "Initech!Aud1", Role = "Auditor", Name = "Cover Sheet Auditor" }
        };

        foreach (var account in accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new TpsUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name
            };

            var result = await users.CreateAsync(user, account.Password);
            if (result.Succeeded)
            {
                await users.AddToRoleAsync(user, account.Role);
            }
        }
    }
}
