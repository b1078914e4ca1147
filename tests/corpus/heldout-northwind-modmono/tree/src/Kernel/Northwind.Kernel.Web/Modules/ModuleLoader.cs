using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Northwind.Kernel.Abstractions.Modules;

namespace Northwind.Kernel.Web.Modules;

public static class ModuleLoader
{
    private static readonly List<IAppModule> Loaded = new();

    // Scans every loaded assembly for IAppModule implementations and lets each one register itself.
    public static WebApplicationBuilder AddDiscoveredModules(this WebApplicationBuilder builder, params Assembly[] assemblies)
    {
        var source = assemblies.Length > 0 ? assemblies : AppDomain.CurrentDomain.GetAssemblies();

        var moduleTypes = source
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAppModule).IsAssignableFrom(t));

        foreach (var type in moduleTypes)
        {
            var module = (IAppModule)Activator.CreateInstance(type)!;
            module.RegisterServices(builder.Services, builder.Configuration, builder.Environment);
            Loaded.Add(module);
        }

        return builder;
    }

    public static async Task UseDiscoveredModulesAsync(this WebApplication app)
    {
        foreach (var module in Loaded)
        {
            await module.UseModuleAsync(app, app.Configuration, app.Logger, app.Environment);
        }
    }

    public static void MapDiscoveredModules(this IEndpointRouteBuilder routes)
    {
        foreach (var module in Loaded)
        {
            module.MapRoutes(routes);
        }
    }

    // Each module ships its own "<name>.settings.json" next to the host binaries.
    public static void AddModuleSettingsFiles(this ConfigurationManager configuration, string contentRoot, string environmentName)
    {
        foreach (var file in Directory.EnumerateFiles(contentRoot, "*.settings.json", SearchOption.AllDirectories))
        {
            configuration.AddJsonFile(file, optional: false);
        }

        foreach (var file in Directory.EnumerateFiles(contentRoot, $"*.settings.{environmentName}.json", SearchOption.AllDirectories))
        {
            configuration.AddJsonFile(file, optional: true, reloadOnChange: true);
        }
    }
}
