using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

namespace GloboPortal.Client
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            var builder = WebAssemblyHostBuilder.CreateDefault(args);

            // The WebAssembly UI talks to the server that served it, using the server's auth cookie.
            builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
            builder.Services.AddAuthorizationCore();

            await builder.Build().RunAsync();
        }
    }
}
