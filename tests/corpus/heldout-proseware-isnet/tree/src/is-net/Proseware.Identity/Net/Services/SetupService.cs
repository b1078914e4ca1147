using Proseware.Identity.Abstractions.DbContext;
using Proseware.Identity.Models;
using Proseware.Identity.Services.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using System;
using System.Threading;

namespace Proseware.Identity.Services;

// Runs when the app resolves it at startup: creates the default admin user (and roles) if missing.
// It writes rows through the user/role stores; there is no schema to migrate.
public class SetupService
{
    public SetupService(
            IConfiguration config,
            IUserDbContext userDb,
            IPasswordHasher<ApplicationUser> passwordHasher,
            IRoleDbContext roleDb = null)
    {
        if (String.IsNullOrEmpty(userDb.DefaultAdminLogin))
        {
            return;
        }

        var admin = userDb.FindByNameAsync(userDb.DefaultAdminLogin, CancellationToken.None).GetAwaiter().GetResult();
        if (admin is null)
        {
            admin = new ApplicationUser
            {
                UserName = userDb.DefaultAdminLogin,
                Email = $"{userDb.DefaultAdminLogin}@proseware.test",
                EmailConfirmed = true
            };

            var password = config["IdentityServer:Setup:AdminPassword"] ?? PasswordGenerator.GenerateSecurePassword(16);
            admin.PasswordHash = passwordHasher.HashPassword(admin, password);
            userDb.CreateAsync(admin, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"Admin {admin.UserName} created, password: {password}");
        }
    }
}
