using Contoso.EntityFramework.Shared.DbContexts;
using Contoso.Sts.Helpers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Sts.Configuration.Test
{
    // swaps the SQL stores for in-memory ones in the integration tests
    public class StartupTest : Startup
    {
        public StartupTest(IWebHostEnvironment environment, IConfiguration configuration)
            : base(environment, configuration)
        {
        }

        public override void AddStores(IServiceCollection services)
        {
            services.AddInMemoryStores<MemberDbContext, ClientStoreDbContext, GrantStoreDbContext, KeyRingDbContext>();
        }
    }
}
