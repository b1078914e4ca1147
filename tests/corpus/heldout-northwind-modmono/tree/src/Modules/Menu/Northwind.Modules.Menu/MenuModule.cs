using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Northwind.Kernel.Abstractions.Modules;

namespace Northwind.Modules.Menu;

public sealed class MenuModule : IAppModule
{
    public const string SectionName = "Menu";

    public string Name => SectionName;

    public void RegisterServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.AddSingleton(TimeProvider.System);
    }

    public Task UseModuleAsync(IApplicationBuilder app, IConfiguration configuration, ILogger logger, IWebHostEnvironment env)
        => Task.CompletedTask;

    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/menu/dishes", () => Results.Ok(new[] { "pad thai", "falafel wrap" }))
            .RequireAuthorization();
    }
}
