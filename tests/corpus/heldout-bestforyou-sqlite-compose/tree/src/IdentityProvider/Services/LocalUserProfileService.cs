using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;

namespace IdentityProvider.Services
{
    public class LocalUserProfileService : IProfileService
    {
        private readonly ILocalUserService _users;

        public LocalUserProfileService(ILocalUserService users)
        {
            _users = users;
        }

        public Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            context.AddRequestedClaims(context.Subject.Claims);
            return Task.CompletedTask;
        }

        public async Task IsActiveAsync(IsActiveContext context)
        {
            var subject = context.Subject.FindFirst("sub")?.Value ?? string.Empty;
            var user = await _users.GetUserBySubjectAsync(subject);
            context.IsActive = user?.Active ?? false;
        }
    }
}
