using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pawnee.Common.Options;
using Pawnee.Infrastructure.Database;
using Pawnee.Infrastructure.Services;
using Pawnee.Infrastructure.Stores;

namespace Pawnee.Infrastructure.Extensions
{
    public static class ApplicationsExtensions
    {
        public static void AddApplicationsStore(this IServiceCollection services, CosmosOptions cosmos, bool isDevelopment)
        {
            services.AddCosmosContext<ApplicationsContext>(cosmos);
            AddStoreServices(services, isDevelopment);
        }

        public static void AddApplicationsStore(this IServiceCollection services, SqlServerOptions sql, bool isDevelopment)
        {
            services.AddSqlServerContext<ApplicationsContext>(sql);
            AddStoreServices(services, isDevelopment);
        }

        public static void AddApplicationsStore(this IServiceCollection services, bool isDevelopment)
        {
            services.AddDbContext<ApplicationsContext>(o => o.UseInMemoryDatabase("applications"));
            AddStoreServices(services, isDevelopment);
        }

        private static void AddStoreServices(IServiceCollection services, bool isDevelopment)
        {
            services.AddScoped<IApplicationStore, ApplicationStore>();
            services.Decorate<IApplicationStore, BuiltInApplicationsDecorator>();
            services.AddTransient<IEventGridPublisher, LoggingEventGridPublisher>();
        }
    }
}
