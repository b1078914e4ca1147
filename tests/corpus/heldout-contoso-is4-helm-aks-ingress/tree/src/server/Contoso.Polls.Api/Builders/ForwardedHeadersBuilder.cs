using System.Net.NetworkInformation;
using Contoso.Polls.Api.Networking;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Polls.Api.Builders
{
    internal static class ForwardedHeadersBuilder
    {
        public static IServiceCollection AddForwardedHeadersConfiguration(this IServiceCollection services)
        {
            return services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

                foreach (var network in LocalNetworks.Get(NetworkInterfaceType.Ethernet))
                {
                    options.KnownNetworks.Add(network);
                }
            });
        }
    }
}
