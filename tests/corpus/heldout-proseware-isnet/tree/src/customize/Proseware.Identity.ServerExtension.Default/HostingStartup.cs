using Proseware.Identity.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Proseware.Identity.ServerExtension.Default;

// Plug-in point loaded by reflection from the server (IdentityServer:AssemblyName); empty by default.
[IdentityServerStartup]
public class DefaultHostingStartup : IIdentityServerStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration, IIdentityServerBuilder identityServerBuilder)
    {
    }
}
