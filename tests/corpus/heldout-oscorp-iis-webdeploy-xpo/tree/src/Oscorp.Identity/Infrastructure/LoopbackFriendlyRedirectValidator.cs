using Duende.IdentityServer.Models;
using Duende.IdentityServer.Validation;

namespace Oscorp.Identity.Infrastructure;

// Accepts the registered redirect URIs, and any loopback URI for native/CLI tools.
public class LoopbackFriendlyRedirectValidator : StrictRedirectUriValidator
{
    public override async Task<bool> IsRedirectUriValidAsync(string requestedUri, Client client)
        => await base.IsRedirectUriValidAsync(requestedUri, client) || IsLoopback(requestedUri);

    public override async Task<bool> IsPostLogoutRedirectUriValidAsync(string requestedUri, Client client)
        => await base.IsPostLogoutRedirectUriValidAsync(requestedUri, client) || IsLoopback(requestedUri);

    private static bool IsLoopback(string uri)
        => Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
           && (parsed.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || parsed.Host == "127.0.0.1");
}
