using System;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Sinks.SystemConsole.Themes;

namespace Zorg.Security
{
    public class Program
    {
        public static void Main(string[] args)
        {
            Console.Title = "Zorg.Security (IdentityServer4)";

            BuildWebHost(args).Run();
        }

        public static IWebHost BuildWebHost(string[] args) =>
            WebHost.CreateDefaultBuilder(args)
                .UseStartup<Startup>()
                .UseSerilog((context, log) =>
                {
                    // same logger in every environment: verbose, to a file next to the app and to the console
                    log.MinimumLevel.Debug()
                       .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                       .MinimumLevel.Override("System", LogEventLevel.Warning)
                       .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
                       .Enrich.FromLogContext()
                       .WriteTo.File("identityserver4_log.txt")
                       .WriteTo.Console(
                           outputTemplate: "[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message:lj}{NewLine}{Exception}{NewLine}",
                           theme: AnsiConsoleTheme.Literate);
                })
                .Build();
    }
}
