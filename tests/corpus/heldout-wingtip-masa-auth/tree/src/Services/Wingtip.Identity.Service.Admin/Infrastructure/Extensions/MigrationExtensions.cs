using Microsoft.EntityFrameworkCore;

namespace Wingtip.Identity.Service.Admin.Infrastructure.Extensions;

public static class MigrationExtensions
{
    public static async Task MigrateDbContextAsync<TContext>(this WebApplicationBuilder builder,
        Func<TContext, IServiceProvider, Task> seed) where TContext : DbContext
    {
        var provider = builder.Services.BuildServiceProvider();
        var context = provider.GetRequiredService<TContext>();

        if ((await context.Database.GetPendingMigrationsAsync()).Any())
        {
            await context.Database.MigrateAsync();
        }

        await seed(context, provider);
    }
}
