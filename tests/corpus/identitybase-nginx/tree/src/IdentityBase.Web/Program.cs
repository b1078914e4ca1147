using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;

namespace IdentityBase
{
    public static class Program
    {
        public static void Main(string[] args)
        {
            WebHost.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration(cfg => cfg.AddJsonFile("config/config.json", optional: false))
                .UseStartup<Startup>()
                .Build()
                .Run();
        }
    }
}
