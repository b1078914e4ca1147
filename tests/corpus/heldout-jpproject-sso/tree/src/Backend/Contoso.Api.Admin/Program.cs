using Contoso.Data.Context;
using IdentityServer4.EntityFramework.Entities;
using JPProject.EntityFrameworkCore.MigrationHelper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Threading.Tasks;

namespace Contoso.Api.Admin
{
    public class Program
    {
        public static void Main(string[] args)
        {
            var host = Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(w => w.UseStartup<Startup>())
                .Build();

            // The SSO creates the schema; the admin API only waits for its tables.
            using (var scope = host.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<IdentityStoreContext>();
                Task.WaitAll(DbHealthChecker.TestConnection(db), DbHealthChecker.WaitForTable<Client>(db));
            }

            host.Run();
        }
    }
}
