using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Northwind.Identity.Provider.Data;

/// <summary>
/// A signing key row in table "idp_signing_keys".
/// </summary>
public sealed record SigningKeyRow(
    string Id, int Version, DateTime Created, string Algorithm, bool IsX509Certificate, string Data, bool DataProtected);

/// <summary>
/// A grant row in table "idp_grants".
/// </summary>
public sealed record GrantRow(
    string Key, string Type, string? SubjectId, string? SessionId, string ClientId,
    DateTime CreationTime, DateTime? Expiration, DateTime? ConsumedTime, string Data);

/// <summary>
/// A client registered through the admin UI, as stored in "idp_applications".
/// </summary>
public sealed record ApplicationRow(
    string ClientId, bool Enabled, string GrantTypes, string Scopes, string RedirectUris,
    bool RequirePkce, bool SecretRequired, int AccessTokenLifetime);

public interface ISigningKeyRepository
{
    Task<IReadOnlyList<SigningKeyRow>> All();

    Task Insert(SigningKeyRow row);

    Task Delete(string id);
}

public interface IGrantRepository
{
    Task Upsert(GrantRow row);

    Task<GrantRow?> Find(string key);

    Task<IReadOnlyList<GrantRow>> Query(string? subjectId, string? sessionId, string? clientId, string? type);

    Task Delete(string key);

    Task DeleteMany(string? subjectId, string? sessionId, string? clientId, string? type);
}

public interface IApplicationRepository
{
    Task<ApplicationRow?> FindByClientId(string clientId);
}
