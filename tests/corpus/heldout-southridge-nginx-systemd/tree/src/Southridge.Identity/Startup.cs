using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Southridge.Identity.Internals.DependencyInjectionExtensions;

namespace Southridge.Identity
{
    public class Startup
    {
        public IWebHostEnvironment Environment { get; }
        public IConfiguration Configuration { get; }
        public static IConfigurationSection PublicSettings { get; private set; }

        public Startup(IWebHostEnvironment environment, IConfiguration configuration)
        {
            Environment = environment;
            Configuration = configuration;
            PublicSettings = configuration.GetSection("public_settings");
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();

            services.AddSouthridgeDatabases(Configuration);

            services.AddSouthridgeUsers();

            services.AddSouthridgeAuthentication();

            services.AddSouthridgeIdentityServer(Environment, Configuration);

            services.AddSouthridgeServices();

            services.AddSouthridgeForwardedHeaders(Environment);
        }

        public void Configure(IApplicationBuilder app)
        {
            if (Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
                app.UseMigrationsEndPoint();
            }
            else
            {
                app.UseExceptionHandler("/support/error");
                app.UseStatusCodePagesWithRedirects("~/support/error?code={0}");
                app.UseHsts();
            }

            app.UseHttpsRedirection();

            app.UseForwardedHeaders();

            app.UseStaticFiles();

            app.UseSession();

            app.UseRouting();

            app.UseIdentityServer();

            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllerRoute(
                    name: "areas",
                    pattern: "{area=account}/{controller=signin}/{action=index}/{id?}");
            });
        }
    }
}
