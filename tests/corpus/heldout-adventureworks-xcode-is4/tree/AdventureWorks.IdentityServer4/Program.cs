using System;
using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AdventureWorks.IdentityServer4
{
    public class Program
    {
        public static void Main(string[] args)
        {
            CreateHostBuilder(args).Build().Run();
        }

        private static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((context, config) =>
                {
                    // the settings the service really runs with live in Config/, seeded once from the shipped file
                    var baseDir = AppDomain.CurrentDomain.BaseDirectory;
                    var settingsFile = new FileInfo(Path.Combine(baseDir, "Config", "appsettings.json"));
                    if (!settingsFile.Exists)
                    {
                        if (settingsFile.Directory != null && !settingsFile.Directory.Exists)
                        {
                            settingsFile.Directory.Create();
                        }
                        File.Copy(Path.Combine(baseDir, "appsettings.json"), settingsFile.FullName);
                    }

                    config.AddJsonFile(settingsFile.FullName);
                })
                .ConfigureWebHostDefaults(webBuilder =>
                {
                    webBuilder.UseStartup<Startup>();
                });
    }
}
