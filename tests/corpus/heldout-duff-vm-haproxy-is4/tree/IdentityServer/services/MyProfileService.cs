using System.Security.Claims;
using System.Threading.Tasks;
using IdentityServer4.Extensions;
using IdentityServer4.Models.Contexts;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;

namespace IdentityServer.services
{
    [GoogleTracer.Profile]
    public class MyProfileService : IProfileService
    {
        public MyProfileService(ILogger<MyProfileService> logger)
        {
            Logger = logger;
        }

        public ILogger<MyProfileService> Logger { get; set; }

        public Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            context.LogProfileRequest(Logger);
            context.AddRequestedClaims(context.Subject.Claims);

            // The phone app signs the session; the thumbprint lets the client verify it.
            context.IssuedClaims.Add(new Claim("email", context.Subject.FindFirstValue("sub")));
            context.IssuedClaims.Add(new Claim("Thumbprint", context.Subject.FindFirstValue("Thumbprint")));
            context.IssuedClaims.Add(new Claim("sessionId", context.Subject.FindFirstValue("sessionId")));

            context.LogIssuedClaims(Logger);
            return Task.CompletedTask;
        }

        public Task IsActiveAsync(IsActiveContext context)
        {
            context.IsActive = true;
            return Task.CompletedTask;
        }
    }
}
