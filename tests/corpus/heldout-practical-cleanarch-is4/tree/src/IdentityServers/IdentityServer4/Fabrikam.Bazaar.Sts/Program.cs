using Fabrikam.Bazaar.Platform.Logging;
using Fabrikam.Bazaar.Sts.Settings;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Fabrikam.Bazaar.Sts;

public static class Program
{
    public static void Main(string[] args)
    {
        BuildHost(args).Build().Run();
    }

    public static IWebHostBuilder BuildHost(string[] args) =>
        WebHost.CreateDefaultBuilder(args)
            .UseStartup<Startup>()
            .UseBazaarLogging(config =>
            {
                var settings = new StsSettings();
                config.Bind(settings);
                return settings.Logging;
            });
}
