using Azure.Core;
using Azure.Identity;
using NLog.Web;
using OpenTelemetry.Logs;

namespace Tailspin.Passport
{
    public class Program
    {
        public static void Main(string[] args) => BuildHost(args).Build().Run();

        public static IHostBuilder BuildHost(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((ctx, config) =>
                {
                    // Production settings (RavenDB urls, key ring names, mail keys) live in Key Vault.
                    var vault = Environment.GetEnvironmentVariable("PASSPORT_VAULT_URI");
                    if (vault != null)
                    {
                        config.AddAzureKeyVault(new Uri(vault), VaultCredentials.Resolve());
                    }
                })
                .UseNLog()
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .ConfigureLogging((ctx, logging) =>
                {
                    logging.AddNLogWeb("nlog.config");

                    if (ctx.Configuration.GetValue<bool>("Diagnostics:ConsoleOtel"))
                    {
                        logging.AddOpenTelemetry(o =>
                        {
                            o.IncludeScopes = true;
                            o.AddConsoleExporter();
                        });
                    }
                });
    }
}
