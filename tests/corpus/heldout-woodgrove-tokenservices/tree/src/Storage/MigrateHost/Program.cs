using Duende.IdentityServer.EntityFramework.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Woodgrove.EntityFramework.Context;
using Woodgrove.EntityFramework.Context.Extensions;

namespace MigrateHost
{
    // Design-time startup project for `dotnet ef migrations add ... -s MigrateHost -p Migrations.SqlServer`.
    public class Program
    {
        public static void Main(string[] args)
        {
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .Build()
                .Run();
        }
    }

    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.Configure<EntityFrameworkConnectionOptions>(Configuration.GetSection("EntityFrameworkConnectionOptions"));
            services.AddSingleton<IMigrationsAssemblyProvider, SqlServerMigrationsAssemblyProvider>();
            services.AddSqlServerDbContextOptionsProvider();
            services.AddDbContext<TenantConfigurationDbContext>((sp, options) =>
                sp.GetRequiredService<IDbContextOptionsProvider>().Configure(options));
            services.AddDbContext<MainEntityCoreContext>((sp, options) =>
                sp.GetRequiredService<IDbContextOptionsProvider>().Configure(options));
            services.AddSingleton(new OperationalStoreOptions { EnableTokenCleanup = true });
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
        }
    }

    public class SqlServerMigrationsAssemblyProvider : IMigrationsAssemblyProvider
    {
        public string AssemblyName => typeof(SqlServer.Anchor).Assembly.FullName;
    }
}
