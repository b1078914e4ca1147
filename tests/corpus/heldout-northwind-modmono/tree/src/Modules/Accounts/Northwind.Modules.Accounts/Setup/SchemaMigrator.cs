using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Northwind.Modules.Accounts.Data;

namespace Northwind.Modules.Accounts.Setup;

public static class SchemaMigrator
{
    // Runs from AccountsModule.UseModuleAsync, i.e. on every start of the host.
    public static async Task MigrateAccountsSchemaAsync(this IApplicationBuilder app, ILogger logger)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        if (configuration.GetValue<bool>($"{AccountsModule.SectionName}:Postgres:InMemory"))
        {
            return;
        }

        await using var scope = app.ApplicationServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();

        logger.LogInformation("Applying accounts schema changes");
        await db.Database.MigrateAsync();
    }
}
