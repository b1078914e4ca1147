using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Northwind.Kernel.Abstractions.Modules;

/// <summary>A self-contained slice of the monolith, discovered at startup.</summary>
public interface IAppModule
{
    string Name { get; }

    void RegisterServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env);

    Task UseModuleAsync(IApplicationBuilder app, IConfiguration configuration, ILogger logger, IWebHostEnvironment env);

    void MapRoutes(IEndpointRouteBuilder routes);
}
