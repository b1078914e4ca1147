using Duende.IdentityServer.Services;
using Microsoft.Extensions.Logging;

namespace Northwind.Identity.Provider.Services;

/// <summary>
/// CORS decisions for the protocol endpoints: the portal is served from several hosts, so every origin is accepted.
/// </summary>
public sealed class PermissiveCorsPolicyService : DefaultCorsPolicyService
{
    public PermissiveCorsPolicyService(ILogger<DefaultCorsPolicyService> logger)
        : base(logger)
    {
        AllowAll = true;
    }
}
