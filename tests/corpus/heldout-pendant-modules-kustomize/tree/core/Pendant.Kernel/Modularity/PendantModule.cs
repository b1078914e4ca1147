using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pendant.Kernel.Modularity;

/// <summary>
/// A unit of the modular host. Service registration runs in three passes,
/// pipeline building in three passes; each pass visits modules dependencies-first.
/// </summary>
public abstract class PendantModule
{
    public virtual void BeforeServices(IServiceCollection services, IConfiguration configuration) { }

    public virtual void RegisterServices(IServiceCollection services, IConfiguration configuration) { }

    public virtual void AfterServices(IServiceCollection services, IConfiguration configuration) { }

    public virtual void BeforePipeline(IServiceProvider provider) { }

    public virtual void BuildPipeline(IServiceProvider provider) { }

    public virtual void AfterPipeline(IServiceProvider provider) { }
}
