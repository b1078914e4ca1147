using System.Linq;
using System.Threading.Tasks;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using IdentityModel;

namespace BluthMeet.Identity
{
    // Puts only the display name into tokens; every known subject is active.
    public class DisplayNameProfileService : IProfileService
    {
        public Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            var name = context.Subject.Claims.First(c => c.Type == JwtClaimTypes.Name);
            context.IssuedClaims.Add(name);
            return Task.CompletedTask;
        }

        public Task IsActiveAsync(IsActiveContext context)
        {
            context.IsActive = true;
            return Task.CompletedTask;
        }
    }
}
