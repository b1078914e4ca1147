using Microsoft.Extensions.DependencyInjection;

namespace Woodgrove.EntityFramework.Context.Extensions
{
    public static class DependencyInjectionExtensions
    {
        public static IServiceCollection AddSqlServerDbContextOptionsProvider(this IServiceCollection services)
        {
            services.AddSingleton<IDbContextOptionsProvider, SqlServerDbContextOptionsProvider>();
            return services;
        }

        public static IServiceCollection AddCosmosDbContextOptionsProvider(this IServiceCollection services)
        {
            services.AddSingleton<IDbContextOptionsProvider, CosmosDbContextOptionsProvider>();
            return services;
        }

        public static IServiceCollection AddInMemoryDbContextOptionsProvider(this IServiceCollection services)
        {
            services.AddSingleton<IDbContextOptionsProvider, InMemoryDbContextOptionsProvider>();
            return services;
        }
    }
}
