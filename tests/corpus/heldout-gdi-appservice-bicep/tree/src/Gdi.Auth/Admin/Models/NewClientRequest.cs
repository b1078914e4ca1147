using System.ComponentModel.DataAnnotations;

namespace Gdi.Auth.Admin.Models;

/// <summary>Body of POST /api/v1/clients.</summary>
public record NewClientRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string ClientId,
    [property: Required, StringLength(500, MinimumLength = 1)] string Secret,
    [property: Required, MinLength(1)] List<string> AllowedScopes,
    List<string>? AllowedCorsOrigins,
    string? GrantType,
    List<string>? RedirectUris);

public record ClientSummary(string ClientId, IReadOnlyList<string> Scopes, IReadOnlyList<string> GrantTypes);

public record AccountSummary(string Id, string UserName, string? Email);
