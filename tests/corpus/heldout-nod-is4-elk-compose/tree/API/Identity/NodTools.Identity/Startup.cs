using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NodTools.Identity
{
    public class Startup
    {
        private IConfiguration Configuration { get; }

        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddOptions();

            services.Configure<IdentityConfig>(Configuration.GetSection("IdentityConfig"));
            services.AddSingleton<IdentityServerParameters>();

            var migrationsAssembly = typeof(Startup).GetTypeInfo().Assembly.GetName().Name;
            var connectionString = Configuration.GetConnectionString("IdentityDbContext");

            services.AddDbContext<IdentityServerDbContext>(options => options.UseNpgsql(connectionString));

            services.AddIdentityServer()
                .AddConfigurationStore(options =>
                {
                    options.DefaultSchema = "identity";
                    options.ConfigureDbContext = db => db.UseNpgsql(connectionString,
                        npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
                })
                .AddOperationalStore(options =>
                {
                    options.DefaultSchema = "identity";
                    options.ConfigureDbContext = db => db.UseNpgsql(connectionString,
                        npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
                });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env, IdentityServerDbContext context)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            DatabaseInitializer.Initialize(app, context);

            app.UseIdentityServer();
        }
    }
}
