using System.Threading.Tasks;

using IdentityServer4.AspNetIdentity;
using IdentityServer4.Models;

using Initrode.Identity.Api.Infrastructure;

using Microsoft.AspNetCore.Identity;

namespace Initrode.Identity.Api.Services
{
    public sealed class CustomProfileService : ProfileService<User>
    {
        public CustomProfileService(UserManager<User> userManager, IUserClaimsPrincipalFactory<User> claimsFactory) : base(userManager, claimsFactory)
        {
        }

        public override Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            return base.GetProfileDataAsync(context);
        }
    }
}
