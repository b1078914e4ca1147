using System;
using System.Data.SqlClient;

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Polly;

namespace Initrode.Seedwork.Infrastructure.Extensions
{
    public static class WebHostExtensions
    {
        // Called from every service's Program.Main before host.Run().
        public static void MigrateDbContextWithRetryPolicy<TDbContext>(this IWebHost host)
        where TDbContext : DbContext
        {
            using var scope = host.Services.CreateScope();

            var logger = scope.ServiceProvider.GetRequiredService<ILogger<TDbContext>>();

            var context = scope.ServiceProvider.GetRequiredService<TDbContext>();

            try
            {
                var retry = Policy.Handle<SqlException>()
                    .WaitAndRetry(new[] { TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15) });

                retry.Execute(() => context.Database.Migrate());

                logger.LogInformation("Migrated {Context}.", typeof(TDbContext).Name);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Migration of {Context} failed.", typeof(TDbContext).Name);
            }
        }
    }
}
