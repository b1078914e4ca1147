using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Fabrikam.Insights.Admin.Models;
using IdentityModel;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Identity;

namespace Fabrikam.Insights.Admin.Services
{
    // Adds role claims and the user's names to the tokens IdentityServer issues for the admin SPA.
    public class ApplicationUserProfileService : IProfileService
    {
        private readonly UserManager<ApplicationUser> _users;

        public ApplicationUserProfileService(UserManager<ApplicationUser> users)
        {
            _users = users;
        }

        public async Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            var userId = context.Subject.FindFirst(c =>
                c.Type == JwtClaimTypes.Subject || c.Type == ClaimTypes.NameIdentifier)!.Value;

            var user = await _users.FindByIdAsync(userId);
            context.IssuedClaims.AddRange(await _users.GetClaimsAsync(user));
            context.IssuedClaims.Add(new Claim(JwtClaimTypes.GivenName, user.FirstName));
            context.IssuedClaims.Add(new Claim(JwtClaimTypes.FamilyName, user.LastName));

            var roles = await _users.GetRolesAsync(user);
            context.IssuedClaims.AddRange(roles.Select(role => new Claim(JwtClaimTypes.Role, role)));
        }

        public async Task IsActiveAsync(IsActiveContext context)
        {
            var user = await _users.GetUserAsync(context.Subject);
            context.IsActive = user != null;
        }
    }
}
