using System.Net;
using System.Text.Json;

namespace Dunder.Market.Identity.Tests;

public class HealthAndDiscoveryTests(IdentityHostFactory factory) : IClassFixture<IdentityHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Health_IsOk()
    {
        var response = await _client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Discovery_ListsTokenEndpoint()
    {
        var response = await _client.GetAsync("/.well-known/openid-configuration");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("/connect/token", json.RootElement.GetProperty("token_endpoint").GetString());
    }
}
