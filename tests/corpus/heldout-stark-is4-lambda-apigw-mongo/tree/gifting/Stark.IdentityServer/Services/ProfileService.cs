using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityModel;
using IdentityServer4.Extensions;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Stark.IdentityServer.Data;

namespace Stark.IdentityServer.Services
{
    public class ProfileService : IProfileService
    {
        private readonly IProfileRepository _profiles;

        public ProfileService(IProfileRepository profiles) => _profiles = profiles;

        public Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            var profile = _profiles.FindById(context.Subject.GetSubjectId());
            if (profile != null)
            {
                context.IssuedClaims.AddRange(new List<Claim>
                {
                    new Claim(JwtClaimTypes.Email, profile.Email ?? string.Empty),
                    new Claim(JwtClaimTypes.GivenName, profile.FirstName ?? string.Empty),
                    new Claim(JwtClaimTypes.FamilyName, profile.LastName ?? string.Empty)
                });
            }
            return Task.CompletedTask;
        }

        public Task IsActiveAsync(IsActiveContext context)
        {
            context.IsActive = _profiles.FindById(context.Subject.GetSubjectId()) != null;
            return Task.CompletedTask;
        }
    }
}
