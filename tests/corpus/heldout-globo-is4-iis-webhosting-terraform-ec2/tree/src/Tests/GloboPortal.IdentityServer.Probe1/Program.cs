using IdentityModel.OidcClient;

namespace GloboPortal.IdentityServer.Probe1
{
    // Manual check of the interactive login against a locally running server.
    public static class Program
    {
        private const string Authority = "http://localhost:53414";

        public static async Task Main()
        {
            var options = new OidcClientOptions
            {
                Authority = Authority,
                ClientId = "globo_swagger",
                RedirectUri = "http://127.0.0.1:64879",
                Scope = "openid profile IdentityServerApi"
            };
            options.Policy.Discovery.RequireHttps = false;
            options.Policy.Discovery.ValidateIssuerName = false;

            var client = new OidcClient(options);
            var state = await client.PrepareLoginAsync();
            Console.WriteLine($"Open this URL in a browser: {state.StartUrl}");
        }
    }
}
