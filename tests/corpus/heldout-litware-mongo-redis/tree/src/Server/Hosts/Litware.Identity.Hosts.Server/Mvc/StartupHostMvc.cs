using Microsoft.Extensions.DependencyInjection;

namespace Litware.Identity.Hosts.Server.Mvc
{
    // Ships the Razor views for login, logout and registration as an application part.
    public static class StartupHostMvc
    {
        public static IMvcBuilder AddIdentityServerUserInteractionMvc(this IMvcBuilder mvc)
        {
            return mvc.AddApplicationPart(typeof(StartupHostMvc).Assembly);
        }
    }
}
