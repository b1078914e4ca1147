using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pawnee.Common.Options;

namespace Pawnee.Infrastructure.Database
{
    public static class CosmosProvider
    {
        public static void AddCosmosContext<TContext>(this IServiceCollection services, CosmosOptions options)
            where TContext : DbContext
        {
            services.AddDbContext<TContext>(builder =>
            {
                builder.UseCosmos(options.Endpoint, options.PrimaryKey, options.Database);
                builder.UseLazyLoadingProxies();
            });
            services.AddTransient<CosmosContainerInitialiser<TContext>>();
            System.Console.WriteLine($"{typeof(TContext).Name} on Cosmos {options.Endpoint}/{options.Database}");
        }
    }
}
