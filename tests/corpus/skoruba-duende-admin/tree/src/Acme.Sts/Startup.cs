using Acme.EntityFramework.Shared;
using Acme.Shared.Configuration.Helpers;
using Acme.Sts.Helpers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Acme.Sts;

public class Startup
{
    public Startup(IConfiguration configuration, IWebHostEnvironment environment)
    {
        Configuration = configuration;
        Environment = environment;
    }

    public IConfiguration Configuration { get; }
    public IWebHostEnvironment Environment { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAcmeDbContexts(Configuration);
        services.AddAcmeDataProtection<KeyRingDbContext>(Configuration);
        services.AddControllersWithViews();
        services.AddAcmeIdentityServer<ConfigDbContext, GrantDbContext>(Configuration);
        services.AddHealthChecks();
    }

    public void Configure(IApplicationBuilder app)
    {
        app.UseCookiePolicy();
        if (!Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseAcmeProxyHeaders(Configuration);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseIdentityServer();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapHealthChecks("/health");
        });
    }
}
