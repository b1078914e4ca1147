using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pendant.Kernel.Modularity;
using Pendant.Web.Hosting;

namespace Pendant.Web;

public sealed class WebKernelModule : PendantModule
{
    public override void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();

        // TODO: read the allowed origins from configuration
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
            policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));

        services.AddControllersWithViews();
    }

    public override void BeforePipeline(IServiceProvider provider)
    {
        var app = provider.GetAppBuilder();
        var pathBase = provider.GetRequiredService<IConfiguration>()["PathBase"] ?? string.Empty;
        app.UsePathBase(pathBase);
    }

    public override void BuildPipeline(IServiceProvider provider)
    {
        var app = provider.GetAppBuilder();
        app.UseRouting();
        app.UseCors();
    }

    public override void AfterPipeline(IServiceProvider provider)
    {
        var app = provider.GetAppBuilder();
        app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
    }
}
