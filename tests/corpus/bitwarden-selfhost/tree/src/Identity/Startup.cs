using Vault.SharedWeb.Utilities;

namespace Vault.Identity;

public class Startup
{
    public Startup(IWebHostEnvironment env, IConfiguration configuration)
    {
        Configuration = configuration;
        Environment = env;
    }

    public IConfiguration Configuration { get; }
    public IWebHostEnvironment Environment { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        var settings = services.AddVaultSettings(Configuration);
        services.AddVaultDataProtection(Environment, settings);
        services.AddVaultIdentityServer(Environment, settings);
        services.AddControllers();
    }

    public void Configure(IApplicationBuilder app, VaultSettings settings)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (settings.SelfHosted)
        {
            app.UsePathBase("/identity");
            app.UseForwardedHeaders(settings);
        }
        app.UseStaticFiles();
        app.UseRouting();
        app.UseIdentityServer();
        app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
    }
}
