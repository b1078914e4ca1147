using Contoso.Data.Context;
using IdentityServer4.EntityFramework.Mappers;
using JPProject.EntityFrameworkCore.MigrationHelper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Linq;
using System.Threading.Tasks;

namespace Contoso.Sso.Util
{
    public static class SeedRunner
    {
        public static async Task Run(IServiceScope scope)
        {
            var sp = scope.ServiceProvider;
            var env = sp.GetRequiredService<IWebHostEnvironment>();
            var config = sp.GetRequiredService<IConfiguration>();
            var db = sp.GetRequiredService<IdentityStoreContext>();

            // Waits until the database answers (containers start in any order).
            await DbHealthChecker.TestConnection(db);

            if (env.IsDevelopment())
                db.Database.EnsureCreated();

            if (!db.Clients.Any())
            {
                foreach (var client in ClientCatalog.All(config))
                    db.Clients.Add(client.ToEntity());
                await db.SaveChangesAsync();
            }
        }
    }
}
