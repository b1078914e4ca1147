using IdentityModel.Client;

using Shouldly;

namespace Oscorp.Identity.Client.Tests;

[Collection(nameof(ApplicationIntegrationFixture))]
public sealed class DiscoverySmokeTests
{
    private readonly ApplicationIntegrationFixture fixture;

    public DiscoverySmokeTests(ApplicationIntegrationFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task DiscoveryDocumentIsServed()
    {
        var disco = await fixture.HttpClient.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = fixture.HttpClient.BaseAddress!.ToString(),
            Policy = { RequireHttps = false },
        });

        disco.IsError.ShouldBeFalse(disco.Error);
    }
}
