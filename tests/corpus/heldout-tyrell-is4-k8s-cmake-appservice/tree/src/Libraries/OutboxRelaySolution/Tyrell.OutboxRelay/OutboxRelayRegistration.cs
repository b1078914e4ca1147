using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tyrell.OutboxRelay.Data;
using Tyrell.OutboxRelay.Services;

namespace Tyrell.OutboxRelay.Services
{
    public interface IMessagePublisher
    {
        Task PublishAsync(string destination, byte[] body);
    }
}

namespace Tyrell.OutboxRelay
{
    public static class OutboxRelayRegistration
    {
        // Updates that fail to publish are parked in the same database and retried later
        public static IServiceCollection AddOutboxRelay<TPublisher>(
            this IServiceCollection services,
            string databaseConnectionString) where TPublisher : class, IMessagePublisher
        {
            services.AddDbContext<OutboxDbContext>(options =>
                options.UseSqlServer(databaseConnectionString, sql =>
                {
                    sql.MigrationsAssembly(typeof(OutboxDbContext).Assembly.GetName().Name);
                    sql.EnableRetryOnFailure(maxRetryCount: 5);
                }));

            services.AddSingleton<IMessagePublisher, TPublisher>();

            return services;
        }

        public static async Task<WebApplication> MigrateOutboxDatabaseAsync(this WebApplication app)
        {
            using var scope = app.Services.CreateScope();

            try
            {
                await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Database.MigrateAsync();
            }
            catch (Exception ex)
            {
                app.Logger.LogError(ex, "Outbox database migration failed");
            }

            return app;
        }
    }
}
