using System;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog;
using Southridge.Identity.Internals.Models;

namespace Southridge.Identity.Internals.Data.Seeds.Main
{
    // only reached from the "seed" command-line branch in Program.Main
    public static class UsersDatabaseSeeder
    {
        public static void Run(IConfiguration configuration)
        {
            var services = new ServiceCollection();
            services.AddLogging();

            var connection = new NpgsqlConnectionStringBuilder
            {
                Host = configuration["sis_main_database:host"],
                Port = int.Parse(configuration["sis_main_database:port"]),
                Database = configuration["sis_main_database:name"],
                Username = configuration["sis_main_database:username"],
                Password = configuration["sis_main_database:password"]
            };

            services.AddDbContext<ApplicationDbContext>(options =>
                options.UseNpgsql(connection.ConnectionString,
                    npgsql => npgsql.MigrationsAssembly(typeof(Startup).Assembly.FullName)));

            services.AddIdentity<ApplicationUser, IdentityRole>()
                .AddEntityFrameworkStores<ApplicationDbContext>()
                .AddDefaultTokenProviders();

            using ServiceProvider provider = services.BuildServiceProvider();
            using IServiceScope scope = provider.CreateScope();

            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            db.Database.Migrate();

            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            string ownerEmail = configuration["owner_email"];

            if (users.FindByEmailAsync(ownerEmail).Result == null)
            {
                users.CreateAsync(new ApplicationUser
                {
                    Email = ownerEmail,
                    UserName = ownerEmail,
                    EmailConfirmed = true,
                    TwoFactorEnabled = true,
                    CreatedAt = DateTime.UtcNow
                }).Wait();

                Log.Information("Created the owner account");
            }
        }
    }
}
