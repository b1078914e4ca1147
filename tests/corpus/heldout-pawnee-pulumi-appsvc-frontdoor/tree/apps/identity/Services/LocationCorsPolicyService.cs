using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;
using Pawnee.Infrastructure.Stores;

namespace Pawnee.Identity.Services
{
    // An origin is allowed when some registered application location has exactly that origin.
    public class LocationCorsPolicyService : ICorsPolicyService
    {
        private readonly IApplicationStore applications;
        private readonly ILogger<LocationCorsPolicyService> logger;

        public LocationCorsPolicyService(IApplicationStore applications, ILogger<LocationCorsPolicyService> logger)
        {
            this.applications = applications;
            this.logger = logger;
        }

        public async Task<bool> IsOriginAllowedAsync(string origin)
        {
            var matches = await applications.LocationsWithOriginAsync(origin);
            logger.LogDebug("{Count} locations match origin {Origin}", matches.Count(), origin);
            return matches.Any();
        }
    }
}
