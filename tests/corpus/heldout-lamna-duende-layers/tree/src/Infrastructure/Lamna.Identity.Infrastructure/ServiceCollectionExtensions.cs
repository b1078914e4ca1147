namespace Lamna.Identity.Infrastructure;

public static class ServiceCollectionExtensions
{
    public static void AddInfrastructureLayer(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddScoped<IProfileService, MemberProfileService>();

        services.AddLocalApiAuthentication();

        if (environment.IsDevelopment())
        {
            services.AddLocalIdentityServer();
        }
        else
        {
            services.AddHostedIdentityServer(configuration, environment);
        }
    }

    private static void AddLocalIdentityServer(this IServiceCollection services)
    {
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(3));

        var isBuilder = services.AddIdentityServer(options =>
        {
            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseSuccessEvents = true;
            options.Events.RaiseInformationEvents = true;

            options.EmitStaticAudienceClaim = true;
        })
            .AddInMemoryIdentityResources(ClientCatalog.IdentityResources())
            .AddInMemoryApiResources(ClientCatalog.ApiResources())
            .AddInMemoryApiScopes(ClientCatalog.ApiScopes())
            .AddInMemoryClients(ClientCatalog.Clients())
            .AddAspNetIdentity<Member>();

        isBuilder.AddProfileService<MemberProfileService>();
        isBuilder.AddDeveloperSigningCredential();
    }

    private static void AddHostedIdentityServer(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        const string migrationsAssembly = "Lamna.Identity.Persistence";

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(3));

        var isBuilder = services.AddIdentityServer(options =>
        {
            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseSuccessEvents = true;
            options.Events.RaiseInformationEvents = true;

            options.EmitStaticAudienceClaim = true;
        })
            .AddConfigurationStore(opts =>
            {
                opts.ConfigureDbContext = db => db.UseNpgsql(configuration.GetConnectionString("DefaultConnection"),
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            })
            .AddOperationalStore(opts =>
            {
                opts.ConfigureDbContext = db => db.UseNpgsql(configuration.GetConnectionString("DefaultConnection"),
                    npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
            })
            .AddAspNetIdentity<Member>();

        isBuilder.AddProfileService<MemberProfileService>();

        var keyFile = new RsaKeyFileService(environment, TimeSpan.FromDays(30));
        services.AddSingleton(keyFile);

        isBuilder.AddSigningCredential(keyFile.GetSecurityKey(), RsaSigningAlgorithm.RS512);
    }
}
