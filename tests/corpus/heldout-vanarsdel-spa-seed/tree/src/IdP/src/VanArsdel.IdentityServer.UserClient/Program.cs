using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using IdentityModel.Client;
using Newtonsoft.Json;

namespace VanArsdel.IdentityServer.UserClient
{
    // Console tool: gets a client-credentials token and creates a user through the administration API.
    public static class Program
    {
        public static void Main(string[] args)
        {
            RunAsync().GetAwaiter().GetResult();
        }

        private static async Task RunAsync()
        {
            var hostIp = Environment.GetEnvironmentVariable("HOST_IP");
            var authority = $"http://{hostIp}";

            var discovery = new DiscoveryClient(authority);
            discovery.Policy.RequireHttps = false;
            var document = await discovery.GetAsync();
            if (document.IsError)
            {
                Console.WriteLine(document.Error);
                return;
            }

            var tokenClient = new TokenClient(document.TokenEndpoint, "user-provisioning", "provision-2093");
            var token = await tokenClient.RequestClientCredentialsAsync("users");
            if (token.IsError)
            {
                Console.WriteLine(token.Error);
                return;
            }

            Console.Write("User name: ");
            var userName = Console.ReadLine();
            Console.Write("Email: ");
            var email = Console.ReadLine();
            Console.Write("Password: ");
            var password = Console.ReadLine();

            var http = new HttpClient();
            http.SetBearerToken(token.AccessToken);
            var body = JsonConvert.SerializeObject(new { Username = userName, Email = email, Password = password });
            var response = await http.PostAsync($"http://{hostIp}:5001/api/users", new StringContent(body, Encoding.UTF8, "application/json"));

            Console.WriteLine(response.IsSuccessStatusCode ? "User created" : $"Failed: {response.StatusCode}");
        }
    }
}
