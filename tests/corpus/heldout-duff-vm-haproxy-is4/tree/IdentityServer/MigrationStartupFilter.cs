using System;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdentityServer
{
    // Applies pending EF migrations before the pipeline is built, on every start of every container.
    public class MigrationStartupFilter<TContext> : IStartupFilter
        where TContext : DbContext
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
        {
            return app =>
            {
                using (var scope = app.ApplicationServices.CreateScope())
                {
                    foreach (var context in scope.ServiceProvider.GetServices<TContext>())
                    {
                        while (context.Database.GetDbConnection() == null)
                            Thread.Sleep(100);

                        context.Database.Migrate();
                    }
                }

                next(app);
            };
        }
    }
}
