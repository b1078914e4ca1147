using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Woodgrove.EntityFramework.Context;
using Woodgrove.EntityFramework.Context.Extensions;
using Woodgrove.IdentityServer.EntityFramework.Storage.Extensions;

namespace Woodgrove.Admin
{
    // Operator console for tenants, clients and signing certificates (signs in through external OIDC).
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddCors(options => options.AddPolicy("All", policy =>
                policy.AllowAnyMethod().AllowAnyHeader().AllowAnyOrigin()));

            services.Configure<EntityFrameworkConnectionOptions>(Configuration.GetSection("EntityFrameworkConnectionOptions"));
            services.AddSingleton<IMigrationsAssemblyProvider, AdminMigrationsAssemblyProvider>();
            services.AddSqlServerDbContextOptionsProvider();
            services.AddDbContextTenantServices();

            services.AddRazorPages();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Error");
                app.UseHsts();
            }

            app.UseHttpsRedirection();
            app.UseStaticFiles();
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapRazorPages());
        }
    }

    public class AdminMigrationsAssemblyProvider : IMigrationsAssemblyProvider
    {
        public string AssemblyName => typeof(SqlServer.Anchor).Assembly.FullName;
    }
}
