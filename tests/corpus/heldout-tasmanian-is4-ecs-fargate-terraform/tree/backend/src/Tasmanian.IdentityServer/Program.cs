using System;
using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;

namespace TasmanianIdentity
{
    public class Program
    {
        public static void Main(string[] args)
        {
            var logPath = Path.Combine(AppDomain.CurrentDomain.BaseDirectory, "logs", "identity.txt");

            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("System", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.File(logPath, LogEventLevel.Information, rollingInterval: RollingInterval.Day)
                .WriteTo.Console()
                .CreateLogger();

            BuildHost(args).Run();
        }

        private static IHost BuildHost(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureHostConfiguration(config => config.AddEnvironmentVariables())
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .Build();
    }
}
