using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Serilog;

namespace BluthMeet.Conference
{
    public static class Program
    {
        public static void Main(string[] args) =>
            WebHost.CreateDefaultBuilder(args)
                .UseStartup<Startup>()
                .UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration))
                .Build()
                .Run();
    }
}
