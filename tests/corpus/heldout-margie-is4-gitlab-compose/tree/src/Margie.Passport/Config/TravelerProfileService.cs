using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;

namespace Margie.Passport.Config
{
    public class TravelerProfileService : IProfileService
    {
        private readonly ILogger<TravelerProfileService> _logger;

        public TravelerProfileService(ILogger<TravelerProfileService> logger)
        {
            _logger = logger;
        }

        public Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            _logger.LogDebug("Profile requested by {Caller}", context.Caller);
            return Task.CompletedTask;
        }

        public Task IsActiveAsync(IsActiveContext context)
        {
            context.IsActive = true;
            return Task.CompletedTask;
        }
    }
}
