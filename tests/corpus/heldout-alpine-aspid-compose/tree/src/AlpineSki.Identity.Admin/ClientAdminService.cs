using Duende.IdentityServer.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace AlpineSki.Identity.Admin;

public interface IClientAdminService
{
    Task<IReadOnlyList<string>> ListClientIdsAsync(CancellationToken ct = default);
}

public sealed class ClientAdminService : IClientAdminService
{
    private readonly ConfigurationDbContext _db;

    public ClientAdminService(ConfigurationDbContext db) => _db = db;

    public async Task<IReadOnlyList<string>> ListClientIdsAsync(CancellationToken ct = default) =>
        await _db.Clients.AsNoTracking().OrderBy(c => c.ClientId).Select(c => c.ClientId).ToListAsync(ct);
}
