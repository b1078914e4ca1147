using IdentityServer.Application.Common.Interfaces;
using IdentityServer.Domain.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using System.Reflection;

namespace IdentityServer.Infrastructure.Persistence;

public class ApplicationDbContext : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>, IApplicationDbContext
{
    public ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : base(options)
    {
    }

    public DbSet<ApplicationUser> ApplicationUsers { get; set; }
    public DbSet<ApplicationRole> ApplicationRoles { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
        base.OnModelCreating(builder);
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        IConfiguration configuration = GetConfiguration();
        optionsBuilder.UseSqlServer(configuration.GetConnectionString("MSSQL"));
    }

    private static IConfiguration GetConfiguration()
    {
#if RELEASE
        return new ConfigurationBuilder()
            .AddJsonFile("appsettings.Production.json")
            .Build();
#else
        return new ConfigurationBuilder()
            .AddJsonFile("appsettings.Development.json")
            .Build();
#endif
    }

    public class ApplicationDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
    {
        public ApplicationDbContext CreateDbContext(string[] args)
        {
            DbContextOptionsBuilder<ApplicationDbContext> optionsBuilder = new();
            optionsBuilder.UseSqlServer(GetConfiguration().GetConnectionString("MSSQL"));
            return new ApplicationDbContext(optionsBuilder.Options);
        }
    }
}
