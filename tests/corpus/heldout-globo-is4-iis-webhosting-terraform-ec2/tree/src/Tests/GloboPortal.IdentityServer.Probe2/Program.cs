using IdentityModel.Client;

namespace GloboPortal.IdentityServer.Probe2
{
    // Manual check of the client-credentials client against a locally running server.
    public static class Program
    {
        private const string Authority = "http://localhost:53414";

        public static async Task Main()
        {
            using var http = new HttpClient();

            var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
            {
                Address = Authority,
                Policy = { RequireHttps = false }
            });
            if (discovery.IsError)
            {
                Console.WriteLine(discovery.Error);
                return;
            }

            var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
            {
                Address = discovery.TokenEndpoint,
                ClientId = "globo_todo_job",
                ClientSecret = "secret",
                Scope = "GloboApi"
            });

            Console.WriteLine(token.IsError ? token.Error : token.AccessToken);
        }
    }
}
