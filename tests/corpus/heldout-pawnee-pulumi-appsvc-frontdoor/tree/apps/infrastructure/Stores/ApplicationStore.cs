using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pawnee.Common.Models;
using Pawnee.Common.Options;
using Pawnee.Infrastructure.Database;

namespace Pawnee.Infrastructure.Stores
{
    public interface IApplicationStore
    {
        Task<ApplicationModel?> ReadAsync(string id);
        Task<IEnumerable<ApplicationLocationModel>> LocationsWithOriginAsync(string origin);
    }

    public class ApplicationStore : IApplicationStore
    {
        private readonly ApplicationsContext db;

        public ApplicationStore(ApplicationsContext db) => this.db = db;

        public async Task<ApplicationModel?> ReadAsync(string id) => await db.Applications.FindAsync(id);

        public async Task<IEnumerable<ApplicationLocationModel>> LocationsWithOriginAsync(string origin)
        {
            var apps = await db.Applications.ToListAsync();
            return apps.SelectMany(a => a.Locations).Where(l => l.Origin == origin).Take(64).ToList();
        }
    }

    // Adds Pawnee's own web app and SPA in front of the registered applications.
    public class BuiltInApplicationsDecorator : IApplicationStore
    {
        private readonly IApplicationStore inner;
        private readonly List<ApplicationModel> builtIn;

        public BuiltInApplicationsDecorator(IApplicationStore inner, IOptions<EnvironmentInfo> env)
        {
            this.inner = inner;
            builtIn = BuiltInApplications.Get(env.Value);
        }

        public async Task<ApplicationModel?> ReadAsync(string id) =>
            builtIn.FirstOrDefault(a => a.Id == id) ?? await inner.ReadAsync(id);

        public async Task<IEnumerable<ApplicationLocationModel>> LocationsWithOriginAsync(string origin) =>
            builtIn.SelectMany(a => a.Locations).Where(l => l.Origin == origin)
                .Concat(await inner.LocationsWithOriginAsync(origin));
    }
}
