using System;
using System.Net.Http;
using System.Threading.Tasks;
using IdentityModel.Client;

namespace TestAuthClient
{
    internal static class Program
    {
        private static async Task Main()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };

            var disco = await http.GetDiscoveryDocumentAsync("http://localhost:50000");
            if (disco.IsError)
            {
                Console.WriteLine(disco.Error);
                return;
            }

            var token = await http.RequestPasswordTokenAsync(new PasswordTokenRequest
            {
                Address = disco.TokenEndpoint,
                ClientId = "fieldportal",
                Scope = "openid massive.profile massive.users offline_access",
                UserName = "fieldtech",
                Password = "fieldtech1"
            });

            Console.WriteLine(token.IsError ? token.Error : token.Json.ToString());
        }
    }
}
