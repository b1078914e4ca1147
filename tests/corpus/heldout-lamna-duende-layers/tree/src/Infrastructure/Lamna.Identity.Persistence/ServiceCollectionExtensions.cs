using Lamna.Identity.Domain.Entities;
using Lamna.Identity.Persistence.Contexts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lamna.Identity.Persistence;

public static class ServiceCollectionExtensions
{
    public static void AddPersistenceLayer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<MemberDbContext>(options =>
            options.UseNpgsql(configuration.GetConnectionString("DefaultConnection")));

        services.AddIdentity<Member, MemberRole>(opts =>
        {
            opts.User.RequireUniqueEmail = true;
            opts.Password.RequiredLength = 10;
            opts.Lockout.AllowedForNewUsers = true;
            opts.Lockout.MaxFailedAccessAttempts = 4;
            opts.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
        })
            .AddEntityFrameworkStores<MemberDbContext>()
            .AddDefaultTokenProviders();
    }
}
