using Contoso.EntityFramework.Shared.Entities;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Options;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Contoso.EntityFramework.Shared.Entities
{
    public class Member : IdentityUser { }
    public class MemberRole : IdentityRole { }
}

namespace Contoso.EntityFramework.Shared.DbContexts
{
    public class MemberDbContext : IdentityDbContext<Member, MemberRole, string>
    {
        public MemberDbContext(DbContextOptions<MemberDbContext> options) : base(options) { }
    }

    public class ClientStoreDbContext : ConfigurationDbContext<ClientStoreDbContext>
    {
        public ClientStoreDbContext(DbContextOptions<ClientStoreDbContext> options, ConfigurationStoreOptions store)
            : base(options, store) { }
    }

    public class GrantStoreDbContext : PersistedGrantDbContext<GrantStoreDbContext>
    {
        public GrantStoreDbContext(DbContextOptions<GrantStoreDbContext> options, OperationalStoreOptions store)
            : base(options, store) { }
    }

    public class KeyRingDbContext : DbContext, IDataProtectionKeyContext
    {
        public KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : base(options) { }

        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; }
    }
}
