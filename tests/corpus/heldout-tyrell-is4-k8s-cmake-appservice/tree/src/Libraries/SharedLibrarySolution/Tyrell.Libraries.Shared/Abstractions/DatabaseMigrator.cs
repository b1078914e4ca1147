using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tyrell.Libraries.Shared.Abstractions;

public static class DatabaseMigrator
{
    public static async Task<WebApplication> MigrateDbAsync<TContext>(this WebApplication app)
        where TContext : DbContext
    {
        app.Logger.LogInformation("Migrating {Context}", typeof(TContext).Name);

        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();

        await context.Database.MigrateAsync();

        return app;
    }
}
