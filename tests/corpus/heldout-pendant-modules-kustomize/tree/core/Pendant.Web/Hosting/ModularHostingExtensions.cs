using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pendant.Kernel;
using Pendant.Kernel.Modularity;

namespace Pendant.Web.Hosting;

public sealed class AppBuilderHolder
{
    public IApplicationBuilder? App { get; set; }
}

public static class ModularHostingExtensions
{
    public static ModularApplication AddPendantModules<TRootModule>(this WebApplicationBuilder builder)
        where TRootModule : PendantModule, new()
    {
        builder.Services.AddSingleton(new AppBuilderHolder());
        return new ModularApplication(typeof(TRootModule), builder.Services, builder.Configuration);
    }

    // Every module adds its middleware through this call; the order of the
    // pipeline is the module order (dependencies first), pass by pass.
    public static void UsePendantModules(this WebApplication app)
    {
        app.Services.GetRequiredService<AppBuilderHolder>().App = app;
        app.Services.GetRequiredService<ModularApplication>().BuildPipeline(app.Services);
    }

    public static IApplicationBuilder GetAppBuilder(this IServiceProvider provider) =>
        provider.GetRequiredService<AppBuilderHolder>().App
        ?? throw new InvalidOperationException("UsePendantModules has not run yet.");
}
