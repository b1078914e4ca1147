using Wonka.IdentityServer.Infrastructure;
using Wonka.IdentityServer.Infrastructure.Identity;
using Wonka.IdentityServer.Infrastructure.PostgreSql;

namespace Wonka.IdentityServer.UI.Configurations;

public static class Dependencies
{
    private static readonly bool UseInMemoryConfigurationStore = false;

    public static IServiceCollection AddDefaultDependencies(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionStrings = configuration.GetSection("ConnectionStrings");

        services.AddDbContext<ApplicationDbContext>(options =>
        {
            //options.UseDefaultSqlServer(connectionStrings["DockerSqlServer"]);
            options.UseDefaultNpgsql(connectionStrings["DockerPostgreSql"]);
        });

        services.AddCustomIdentity(options =>
        {
            options.Stores.MaxLengthForKeys = 128;
            options.SignIn.RequireConfirmedAccount = true;
        })
            .AddDefaultTokenProviders()
            .AddDefaultUI();

        var identityServer = services.AddIdentityServer(options =>
        {
            // Raise*Events flags come from the IdentityServer:Events section of the settings files.
            configuration.GetSection("IdentityServer:Events").Bind(options.Events);
        })
            .AddAspNetIdentity<ApplicationUser>()
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseDefaultNpgsql(connectionStrings["DockerPostgreSql"]);
            });

        if (UseInMemoryConfigurationStore)
        {
            identityServer.AddInMemoryConfigurationStore();
        }
        else
        {
            identityServer.AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = db => db.UseDefaultNpgsql(connectionStrings["DockerPostgreSql"]);
            });
        }

        return services;
    }
}
