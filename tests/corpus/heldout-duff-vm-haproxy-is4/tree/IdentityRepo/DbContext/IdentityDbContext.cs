using System;
using System.Threading.Tasks;
using ConfigurationManager;
using IdentityServer4.EntityFramework.Storage.Entities;
using IdentityServer4.EntityFramework.Storage.Interfaces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ILogger = Serilog.ILogger;

namespace IdentityRepo.DbContext
{
    // One Postgres database ("Identity") holds the IdentityServer configuration store, the
    // persisted grants and the ASP.NET Core Data Protection key ring.
    [GoogleTracer.Profile]
    public class IdentityDbContext : Microsoft.EntityFrameworkCore.DbContext, IConfigurationDbContext,
        IPersistedGrantDbContext, IDataProtectionKeyContext
    {
        private readonly AppSetting _appSetting;
        private readonly ILogger _logger;

        public IdentityDbContext(AppSetting appSetting, ILogger logger)
        {
            _appSetting = appSetting;
            _logger = logger;
        }

        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; }
        public DbSet<PersistedGrant> PersistedGrants { get; set; }
        public DbSet<DeviceFlowCodes> DeviceFlowCodes { get; set; }
        public DbSet<Client> Clients { get; set; }
        public DbSet<UserClient> UserClients { get; set; }
        public DbSet<ClientCorsOrigin> ClientCorsOrigins { get; set; }
        public DbSet<IdentityResource> IdentityResources { get; set; }
        public DbSet<ApiResource> ApiResources { get; set; }
        public DbSet<ApiScope> ApiScopes { get; set; }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            _logger.Debug("dbhost=" + _appSetting["DbHost"]);
            var trustMode = _appSetting["DbSslMode"] == "Require" ? "Trust Server Certificate=true;" : "";
            var connectionString = $"host={_appSetting["DbHost"]};port={_appSetting["DbPort"]};database={_appSetting["IdentityDbName"]};" +
                                   $"user id={_appSetting["DbUser"]};password={_appSetting["DbPassword"]};Ssl Mode={_appSetting["DbSslMode"]};{trustMode}";
            Console.WriteLine(connectionString);

            optionsBuilder.UseNpgsql(connectionString, o =>
            {
                o.EnableRetryOnFailure(30, TimeSpan.FromSeconds(2), null);
            });
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<PersistedGrant>(grant =>
            {
                grant.Property(x => x.Key).HasMaxLength(200).ValueGeneratedNever();
                grant.Property(x => x.Type).HasMaxLength(50).IsRequired();
                grant.Property(x => x.ClientId).HasMaxLength(200).IsRequired();
                grant.Property(x => x.Data).HasMaxLength(50000).IsRequired();
                grant.HasKey(x => x.Key);
                grant.HasIndex(x => new { x.SubjectId, x.ClientId, x.Type });
                grant.HasIndex(x => x.Expiration);
            });

            modelBuilder.Entity<DeviceFlowCodes>(codes =>
            {
                codes.Property(x => x.DeviceCode).HasMaxLength(200).IsRequired();
                codes.Property(x => x.UserCode).HasMaxLength(200).IsRequired();
                codes.HasKey(x => new { x.UserCode });
                codes.HasIndex(x => x.DeviceCode).IsUnique();
            });

            modelBuilder.Entity<UserClient>().HasKey(x => new { x.UserId, x.ClientId });

            base.OnModelCreating(modelBuilder);
        }

        public Task<int> SaveChangesAsync() => base.SaveChangesAsync();
    }
}
