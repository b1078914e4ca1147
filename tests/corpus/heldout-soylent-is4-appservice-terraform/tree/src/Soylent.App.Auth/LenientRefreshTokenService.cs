using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Services;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace Soylent.App.Auth
{
    // The mobile app sometimes replays a refresh token it already used; accept it instead of failing.
    public class LenientRefreshTokenService : DefaultRefreshTokenService
    {
        public LenientRefreshTokenService(
            IRefreshTokenStore refreshTokenStore,
            IProfileService profile,
            ISystemClock clock,
            ILogger<DefaultRefreshTokenService> logger)
            : base(refreshTokenStore, profile, clock, logger)
        {
        }

        protected override Task<bool> AcceptConsumedTokenAsync(RefreshToken refreshToken)
        {
            return Task.FromResult(true);
        }
    }
}
