using Duende.IdentityModel.Client;
using Shouldly;
using Vance.Identity.IntegrationTests.Helpers;

namespace Vance.Identity.IntegrationTests;

public sealed class StartupTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Discovery_document_is_served()
    {
        var client = server.CreateClient();

        var disco = await client.GetDiscoveryDocumentAsync();

        disco.IsError.ShouldBeFalse(disco.Error);
    }

    [Fact]
    public async Task Seeded_client_gets_a_token()
    {
        var client = server.CreateClient();
        var disco = await client.GetDiscoveryDocumentAsync();

        var token = await client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = "test-client",
            ClientSecret = "test-secret",
            Scope = "ledger-test"
        });

        token.IsError.ShouldBeFalse(token.Error);
    }
}
