using System;
using System.IO;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Umbrella.Identity.Web.Database;

namespace Umbrella.Identity.Web
{
    public class Startup
    {
        private readonly IWebHostEnvironment _environment;
        private readonly IConfiguration _configuration;

        public Startup(IWebHostEnvironment environment, IConfiguration configuration)
        {
            _environment = environment;
            _configuration = configuration;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            // SQLite file lives in db_data next to the binaries; {db_path} is filled in here
            var connectionString = _configuration.GetConnectionString("DefaultConnection");
            var dataDirectory = Path.Combine(Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location), "db_data");
            if (!Directory.Exists(dataDirectory))
            {
                Directory.CreateDirectory(dataDirectory);
            }
            connectionString = connectionString.Replace("{db_path}", dataDirectory);

            var migrationsAssembly = typeof(Startup).GetTypeInfo().Assembly.GetName().Name;

            services.AddDbContext<AppDbContext>(options =>
            {
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(migrationsAssembly));
                options.EnableSensitiveDataLogging(_environment.IsDevelopment());
            });

            services.AddIdentity<IdentityUser, IdentityRole>(identity =>
                {
                    // relaxed password rules, "to be tightened before go-live"
                    identity.Password.RequiredLength = 3;
                    identity.Password.RequireNonAlphanumeric = false;
                    identity.Password.RequireLowercase = false;
                    identity.Password.RequireUppercase = false;
                    identity.Password.RequireDigit = false;

                    identity.User.RequireUniqueEmail = true;
                    identity.SignIn.RequireConfirmedEmail = false;
                    identity.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                    identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
                })
                .AddEntityFrameworkStores<AppDbContext>();

            services.AddIdentityServer()
                .AddAspNetIdentity<IdentityUser>()
                .AddConfigurationStore(options =>
                    options.ConfigureDbContext = db =>
                        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(migrationsAssembly)))
                .AddOperationalStore(options =>
                    options.ConfigureDbContext = db =>
                        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(migrationsAssembly)))
                .AddDeveloperSigningCredential();

            services.AddControllersWithViews();

            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseForwardedHeaders();

            app.UseRouting();
            app.UseStaticFiles();

            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
            });
        }
    }
}
