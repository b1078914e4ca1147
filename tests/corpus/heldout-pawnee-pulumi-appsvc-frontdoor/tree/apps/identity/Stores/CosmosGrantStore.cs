using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pawnee.Identity.Data;

namespace Pawnee.Identity.Stores
{
    // Grants live next to the users in IdentityContext (Cosmos in every deployed stack).
    // Nothing ever deletes expired grants.
    public class CosmosGrantStore : IPersistedGrantStore
    {
        private readonly IdentityContext db;
        private readonly ILogger<CosmosGrantStore> logger;

        public CosmosGrantStore(IdentityContext db, ILogger<CosmosGrantStore> logger)
        {
            this.db = db;
            this.logger = logger;
        }

        public async Task StoreAsync(PersistedGrant grant)
        {
            logger.LogInformation("Storing grant {Key}", grant.Key);
            db.Grants.Add(grant);
            await db.SaveChangesAsync();
        }

        public Task<PersistedGrant> GetAsync(string key) => db.Grants.FindAsync(key).AsTask();

        public async Task<IEnumerable<PersistedGrant>> GetAllAsync(string subjectId) =>
            await db.Grants.Where(g => g.SubjectId == subjectId).ToListAsync();

        public async Task RemoveAsync(string key)
        {
            var grant = await db.Grants.FindAsync(key);
            if (grant != null)
            {
                db.Grants.Remove(grant);
                await db.SaveChangesAsync();
            }
        }

        public async Task RemoveAllAsync(string subjectId, string clientId)
        {
            db.Grants.RemoveRange(await db.Grants.Where(g => g.SubjectId == subjectId && g.ClientId == clientId).ToListAsync());
            await db.SaveChangesAsync();
        }

        public async Task RemoveAllAsync(string subjectId, string clientId, string type)
        {
            db.Grants.RemoveRange(await db.Grants.Where(g => g.SubjectId == subjectId && g.ClientId == clientId && g.Type == type).ToListAsync());
            await db.SaveChangesAsync();
        }
    }
}
