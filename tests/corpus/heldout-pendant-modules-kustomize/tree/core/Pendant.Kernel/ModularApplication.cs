using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pendant.Kernel.Modularity;

namespace Pendant.Kernel;

public sealed class ModularApplication
{
    private readonly List<PendantModule> _modules;
    private readonly IServiceCollection _services;
    private readonly IConfiguration _configuration;

    public ModularApplication(Type rootModule, IServiceCollection services, IConfiguration configuration)
    {
        _modules = ModuleGraph.Resolve(rootModule);
        _services = services;
        _configuration = configuration;
    }

    public ModularApplication RegisterServices()
    {
        _services.AddSingleton(this);
        _modules.ForEach(m => m.BeforeServices(_services, _configuration));
        _modules.ForEach(m => m.RegisterServices(_services, _configuration));
        _modules.ForEach(m => m.AfterServices(_services, _configuration));
        return this;
    }

    public void BuildPipeline(IServiceProvider provider)
    {
        _modules.ForEach(m => m.BeforePipeline(provider));
        _modules.ForEach(m => m.BuildPipeline(provider));
        _modules.ForEach(m => m.AfterPipeline(provider));
    }
}
