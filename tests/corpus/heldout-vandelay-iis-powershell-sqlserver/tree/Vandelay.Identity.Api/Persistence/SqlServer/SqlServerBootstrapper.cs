using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Serilog;
using IdentityResource = IdentityServer4.Models.IdentityResource;

namespace Vandelay.Identity.Api.Persistence.SqlServer
{
    public class SqlServerBootstrapper : IDbBootstrapper
    {
        private readonly IdentityDbContext _db;
        private readonly ILogger _logger;

        public SqlServerBootstrapper(IdentityDbContext db, ILogger logger)
        {
            _db = db;
            _logger = logger;
        }

        public bool Setup()
        {
            // the schema is deployed from the Vandelay.Identity.SqlServer database project (dacpac);
            // nothing is created or migrated here
            return true;
        }

        public void AddResources(IEnumerable<IdentityResource> resources)
        {
            var existing = _db.IdentityResources.Select(r => r.Name).ToList();
            foreach (var resource in resources.Where(r => !existing.Contains(r.Name, StringComparer.OrdinalIgnoreCase)))
            {
                _db.IdentityResources.Add(new IdentityResourceEntity { Name = resource.Name, DisplayName = resource.DisplayName });
            }

            try
            {
                _db.SaveChanges();
            }
            catch (DbUpdateException ex)
            {
                _logger.Warning(ex, "Could not seed identity resources: {Message}", ex.Message);
            }
        }
    }

    public class IdentityDbContext : DbContext
    {
        public IdentityDbContext(DbContextOptions<IdentityDbContext> options) : base(options) { }

        public DbSet<IdentityResourceEntity> IdentityResources { get; set; }
        public DbSet<PersistedGrantEntity> PersistedGrants { get; set; }
    }

    public class IdentityResourceEntity
    {
        public int Id { get; set; }
        public string Name { get; set; }
        public string DisplayName { get; set; }
    }

    public class PersistedGrantEntity
    {
        public string Key { get; set; }
        public string Type { get; set; }
        public string SubjectId { get; set; }
        public string ClientId { get; set; }
        public DateTime CreationTime { get; set; }
        public DateTime? Expiration { get; set; }
        public string Data { get; set; }
    }

    // SqlServerClientStore, SqlServerResourceStore and SqlServerPersistedGrantStore
    // (IClientStore / IResourceStore / IPersistedGrantStore over IdentityDbContext) are trimmed from this copy.
}
