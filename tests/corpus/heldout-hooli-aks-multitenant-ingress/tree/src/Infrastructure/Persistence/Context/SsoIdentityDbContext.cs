using Finbuckle.MultiTenant;
using Hooli.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hooli.Infrastructure.Persistence.Context;

// One identity database per tenant: the connection string comes from the tenant store row.
public class SsoIdentityDbContext : MultiTenantIdentityDbContext<HooliUser>
{
    private readonly ITenantInfo _tenant;
    private readonly IConfiguration _configuration;
    private readonly IWebHostEnvironment _env;

    public SsoIdentityDbContext(ITenantInfo tenant, DbContextOptions<SsoIdentityDbContext> options, IConfiguration configuration, IWebHostEnvironment env)
        : base(tenant, options)
    {
        _tenant = tenant;
        _configuration = configuration;
        _env = env;
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var connectionString = _tenant is null && _env.IsDevelopment()
            ? _configuration.GetConnectionString("DefaultConnection")
            : _tenant!.ConnectionString;

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            optionsBuilder.UseHooliDatabase(connectionString);
        }

        base.OnConfiguring(optionsBuilder);
    }
}
