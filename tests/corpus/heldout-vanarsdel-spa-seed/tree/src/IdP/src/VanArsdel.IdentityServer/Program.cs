using System;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;

namespace VanArsdel.IdentityServer
{
    public class Program
    {
        public static void Main(string[] args)
        {
            Console.Title = "VanArsdel IdentityServer";
            Console.WriteLine("VanArsdel IdentityServer is starting");

            BuildWebHost(args).Run();
        }

        public static IWebHost BuildWebHost(string[] args) =>
            WebHost.CreateDefaultBuilder(args)
                .UseStartup<Startup>()
                .Build();
    }
}
