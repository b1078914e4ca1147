using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Soylent.Core.Configuration.Mapping;

namespace Soylent.App.Auth
{
    public class Program
    {
        public static void Main(string[] args)
        {
            CreateHostBuilder(args).Build().Run();
        }

        // Settings come from flat App Service variables (IDENTITY_SERVER_ISSUER_URI, ...), which the
        // embedded mapping.json turns into the hierarchical keys the app reads.
        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    var assembly = Assembly.GetExecutingAssembly();
                    config.AddUserSecrets(assembly, optional: true)
                        .AddEnvironmentVariables()
                        .WithJsonMapping(assembly.GetManifestResourceStream($"{typeof(Program).Namespace}.mapping.json"));
                })
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());
    }
}
