using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Acme.EntityFramework.Shared.Helpers;

// Used by the admin tool's "/migrate" command line switch, not by the token service.
public static class DbMigrationHelpers
{
    public static async Task MigrateEverythingAsync<TContext>(IHost host) where TContext : DbContext
    {
        using var scope = host.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await context.Database.MigrateAsync();
    }
}
