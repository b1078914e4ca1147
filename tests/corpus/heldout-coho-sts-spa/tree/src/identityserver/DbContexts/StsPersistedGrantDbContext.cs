using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Options;
using Microsoft.EntityFrameworkCore;

namespace Coho.Sts.Admin.DbContexts;

public class StsPersistedGrantDbContext : PersistedGrantDbContext<StsPersistedGrantDbContext>
{
    public StsPersistedGrantDbContext(DbContextOptions<StsPersistedGrantDbContext> options, OperationalStoreOptions storeOptions)
        : base(options, storeOptions)
    {
    }
}
