using Kurisu.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace QrCodeServer
{
    /// <summary>
    /// Scan-to-login helper: the phone app confirms a QR code, the STS polls the shared Redis key.
    /// </summary>
    public class Startup : DefaultKurisuStartup
    {
        public Startup(IConfiguration configuration) : base(configuration)
        {
        }

        public override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);

            services.AddHttpContextAccessor();
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect("cache.cohowinery.net:6379,password=Grapevine#88"));
        }
    }
}
