using System;
using System.Linq;
using System.Security.Claims;
using IdentityModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using TasmanianIdentity.Data;

namespace TasmanianIdentity.Seeding
{
    public static class AccountSeeder
    {
        public static void Run(string connectionString)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContext<AccountsDbContext>(o => o.UseNpgsql(connectionString));
            services.AddIdentity<TasmanianUser, IdentityRole>()
                .AddEntityFrameworkStores<AccountsDbContext>()
                .AddDefaultTokenProviders();

            using var provider = services.BuildServiceProvider();
            using var scope = provider.CreateScope();

            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            db.Database.Migrate();

            var users = scope.ServiceProvider.GetRequiredService<UserManager<TasmanianUser>>();
            EnsureUser(users, "wombat@tasmanianjournal.net", "Wombat-2020!", "Wally Wombat");
            EnsureUser(users, "quoll@tasmanianjournal.net", "Quoll-2020!", "Quinn Quoll");
        }

        private static void EnsureUser(UserManager<TasmanianUser> users, string email, string password, string name)
        {
            if (users.FindByNameAsync(email).Result != null)
            {
                Log.Debug("{User} already present", email);
                return;
            }

            var user = new TasmanianUser { UserName = email, EmailConfirmed = true };
            var created = users.CreateAsync(user, password).Result;
            if (!created.Succeeded)
            {
                throw new Exception(created.Errors.First().Description);
            }

            users.AddClaimsAsync(user, new[]
            {
                new Claim(JwtClaimTypes.Name, name),
                new Claim(JwtClaimTypes.Email, email),
            }).Wait();
            Log.Debug("{User} seeded", email);
        }
    }
}
