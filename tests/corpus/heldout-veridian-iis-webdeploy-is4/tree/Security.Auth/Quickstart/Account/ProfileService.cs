using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Extensions;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;
using Veridian.Security.Domain.Features.Users;

namespace Veridian.Security.Auth.Quickstart.Account
{
    public class ProfileService : IProfileService
    {
        private readonly ILogger<ProfileService> _logger;
        private readonly IUserStore _store;

        public ProfileService(ILogger<ProfileService> logger, IUserStore store)
        {
            _logger = logger;
            _store = store;
        }

        public async Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            var subjectId = context.Subject.GetSubjectId();
            _logger.LogDebug("Profile requested for {subject} by {client} with {claimTypes}",
                subjectId, context.Client.ClientId, context.RequestedClaimTypes);

            if (!context.RequestedClaimTypes.Any())
                return;

            var user = await _store.FindBySubjectId(subjectId);
            if (user != null)
                context.AddFilteredClaims(user.Claims);
        }

        public async Task IsActiveAsync(IsActiveContext context)
        {
            var user = await _store.FindBySubjectId(context.Subject.GetSubjectId());
            context.IsActive = user != null;
        }
    }
}
