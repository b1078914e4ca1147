using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Litware.Identity.Authorization.Extensions
{
    public static class IdentityConfigExtensions
    {
        internal static IdentityServerConfig AddIdentityServerConfig(this IServiceCollection services)
        {
            var provider = services.BuildServiceProvider();

            if (services.Any(d => d.ServiceType == typeof(IConfigureOptions<IdentityServerConfig>)))
            {
                return provider.GetRequiredService<IOptions<IdentityServerConfig>>().Value;
            }

            var section = provider
                .GetRequiredService<IConfiguration>()
                .GetSection("Identity:Server");

            services.Configure<IdentityServerConfig>(section);
            return section.Get<IdentityServerConfig>();
        }
    }
}
