using DevExpress.Xpo;

using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;

using Oscorp.Identity.Xpo.Storage.Models;

namespace Oscorp.Identity.Xpo.Storage.Stores;

public sealed class ClientStore : IClientStore
{
    private readonly UnitOfWork uow;

    public ClientStore(UnitOfWork uow) => this.uow = uow;

    public async Task<Client> FindClientByIdAsync(string clientId)
    {
        var stored = await uow.Query<XpoClient>().FirstOrDefaultAsync(c => c.ClientId == clientId);
        if (stored is null)
        {
            return null;
        }

        return new Client
        {
            ClientId = stored.ClientId,
            ClientName = stored.ClientName,
            Enabled = stored.Enabled,
            AllowOfflineAccess = stored.AllowOfflineAccess,
            AccessTokenLifetime = stored.AccessTokenLifetime,
            RefreshTokenUsage = (TokenUsage)stored.RefreshTokenUsage,
            RefreshTokenExpiration = (TokenExpiration)stored.RefreshTokenExpiration,
            AbsoluteRefreshTokenLifetime = stored.AbsoluteRefreshTokenLifetime,
            SlidingRefreshTokenLifetime = stored.SlidingRefreshTokenLifetime,
            AllowedCorsOrigins = stored.CorsOrigins.Select(o => o.Origin).ToList(),
        };
    }
}
