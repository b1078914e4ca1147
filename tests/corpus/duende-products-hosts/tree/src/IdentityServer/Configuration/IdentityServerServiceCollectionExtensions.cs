namespace Microsoft.Extensions.DependencyInjection;

// The library's own registration entry point: defining AddIdentityServer does not make a host.
public static class IdentityServerServiceCollectionExtensions
{
    public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services)
    {
        var builder = services.AddIdentityServerBuilder();
        builder.AddRequiredPlatformServices().AddCoreServices().AddDefaultEndpoints();
        return builder;
    }

    public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services, Action<IdentityServerOptions> setupAction)
    {
        services.Configure(setupAction);
        return services.AddIdentityServer();
    }
}
