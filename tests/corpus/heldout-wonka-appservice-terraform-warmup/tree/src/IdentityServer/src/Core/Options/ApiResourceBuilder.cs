using Duende.IdentityServer.Models;
using Wonka.IdentityServer.Core.Helpers;

namespace Wonka.IdentityServer.Core.Options;

// Small fluent wrapper used by the host's static configuration.
public sealed class ApiResourceBuilder
{
    private readonly ApiResource _resource;
    private bool _built;

    public ApiResourceBuilder(string name, string displayName) => _resource = new ApiResource(name, displayName);

    public ApiResourceBuilder WithRoles()
    {
        _resource.UserClaims.Add(RbacDefaults.RoleClaim);
        return this;
    }

    public ApiResourceBuilder WithScopes(params string[] scopes)
    {
        foreach (var scope in scopes)
            _resource.Scopes.Add(scope);
        return this;
    }

    public ApiResource Build()
    {
        if (_built)
            throw new InvalidOperationException("The API resource was already built.");
        _built = true;
        return _resource;
    }
}
