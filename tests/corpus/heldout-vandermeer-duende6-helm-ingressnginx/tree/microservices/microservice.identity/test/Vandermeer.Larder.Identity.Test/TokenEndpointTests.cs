using System.Net;
using Duende.IdentityServer.EntityFramework.DbContexts;
using IdentityModel.Client;
using Vandermeer.Platform.Tests;
using Xunit;

namespace Vandermeer.Larder.Identity.Test;

public class TokenEndpointTests : IClassFixture<LarderWebApplicationFactory<Program, PersistedGrantDbContext>>
{
    private readonly LarderWebApplicationFactory<Program, PersistedGrantDbContext> _factory;

    public TokenEndpointTests(LarderWebApplicationFactory<Program, PersistedGrantDbContext> factory) => _factory = factory;

    [Fact]
    public async Task Discovery_document_loads()
    {
        var http = _factory.CreateClient();
        var disco = await http.GetDiscoveryDocumentAsync();
        Assert.False(disco.IsError);
    }

    [Theory]
    [InlineData("stock")]
    [InlineData("larder")]
    public async Task Service_client_gets_a_token(string scope)
    {
        var http = _factory.CreateClient();
        var disco = await http.GetDiscoveryDocumentAsync();

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = "larder-service-client",
            ClientSecret = "larder-service-secret",
            Scope = scope
        });

        Assert.False(token.IsError);
        Assert.Equal(HttpStatusCode.OK, token.HttpResponse.StatusCode);
    }
}
