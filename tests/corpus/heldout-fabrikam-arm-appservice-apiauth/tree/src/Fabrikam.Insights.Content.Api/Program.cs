using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Fabrikam.Insights.Content.Api
{
    public class Program
    {
        public static void Main(string[] args)
        {
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .Build()
                .Run();
        }
    }
}
