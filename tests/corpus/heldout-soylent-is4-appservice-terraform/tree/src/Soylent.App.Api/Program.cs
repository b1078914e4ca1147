using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Soylent.Core.Configuration.Mapping;

namespace Soylent.App.Api
{
    public class Program
    {
        public static void Main(string[] args) => CreateHostBuilder(args).Build().Run();

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
