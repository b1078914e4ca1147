using IdentityModel;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Models;
using Services.Services;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;

namespace IdentityServer.Quickstart
{
    public class ProfileService : IProfileService
    {
        private readonly IIdentityUserService users;

        public ProfileService(IIdentityUserService users)
        {
            this.users = users;
        }

        public async Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            IdentityUser user = await users.GetBySubjectIdAsync(context.Subject.FindFirst(JwtClaimTypes.Subject)?.Value);
            if(user == null)
            {
                return;
            }
            context.IssuedClaims.AddRange(new List<Claim>
            {
                new Claim(JwtClaimTypes.Name, user.Name ?? string.Empty),
                new Claim(JwtClaimTypes.Email, user.Email ?? string.Empty)
            });
        }

        public async Task IsActiveAsync(IsActiveContext context)
        {
            IdentityUser user = await users.GetBySubjectIdAsync(context.Subject.FindFirst(JwtClaimTypes.Subject)?.Value);
            context.IsActive = user != null;
        }
    }
}
