using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tailspin.Common.Domain;
using Tailspin.Members.Data;

namespace Tailspin.Members.Extensions;

public static class IdentityRegistration
{
    private const string ConnectionName = "MembersIdentity";

    public static void AddMemberIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<MembersIdentityDbContext>(db =>
            db.UseNpgsql(configuration.GetConnectionString(ConnectionName)));

        services.AddIdentity<MemberUser, IdentityRole>()
            .AddEntityFrameworkStores<MembersIdentityDbContext>()
            .AddDefaultTokenProviders();
    }

    public static void AddTailspinTokenService(this IServiceCollection services, IConfiguration configuration)
    {
        var migrationsAssembly = typeof(IdentityRegistration).Assembly.GetName().Name;
        var connection = configuration.GetConnectionString(ConnectionName);

        services
            .AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.EmitStaticAudienceClaim = true;
            })
            .AddOperationalStore(store =>
            {
                store.ConfigureDbContext = db => db.UseNpgsql(connection,
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
                store.EnableTokenCleanup = true;
            })
            .AddConfigurationStore(store =>
            {
                store.ConfigureDbContext = db => db.UseNpgsql(connection,
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            })
            .AddAspNetIdentity<MemberUser>();
    }
}
