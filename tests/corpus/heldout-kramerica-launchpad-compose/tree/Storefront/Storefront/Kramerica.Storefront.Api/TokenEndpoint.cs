using IdentityModel.Client;

namespace Kramerica.Storefront.Api;

/// <summary>
/// Hands out access tokens so the API can be tried from Swagger. Demo convenience only.
/// </summary>
public sealed class TokenEndpoint(IHttpClientFactory httpClients, IConfiguration configuration, ILogger<TokenEndpoint> logger)
{
    private readonly string _tokenUrl = $"{configuration.GetConnectionString("identity")}/connect/token";

    /// <summary>
    /// Requests a client-credentials token from the identity service.
    /// </summary>
    /// <returns>The access token, or the error text.</returns>
    public async Task<string> FetchAsync()
    {
        using var http = httpClients.CreateClient();
        logger.LogDebug("Requesting a token from {TokenUrl}", _tokenUrl);
        var response = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = _tokenUrl,
            ClientId = "storefront-caller",
            ClientSecret = "coffee-table-book",
            Scope = "storefront",
        });
        return (response.IsError ? response.Error : response.AccessToken) ?? "no token";
    }
}
