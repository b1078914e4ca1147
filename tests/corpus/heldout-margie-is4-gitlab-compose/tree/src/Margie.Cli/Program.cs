using System;
using System.Net.Http;
using System.Threading.Tasks;
using IdentityModel.Client;

namespace Margie.Cli
{
    internal static class Program
    {
        public static async Task Main()
        {
            using var http = new HttpClient();

            var disco = await http.GetDiscoveryDocumentAsync("https://localhost:6001");
            if (disco.IsError)
            {
                Console.WriteLine(disco.Error);
                return;
            }

            var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
            {
                Address = disco.TokenEndpoint,
                ClientId = "partner-feed",
                ClientSecret = "feed-secret",
                Scope = "itineraries.api",
            });

            Console.WriteLine(token.IsError ? token.Error : token.AccessToken);
        }
    }
}
