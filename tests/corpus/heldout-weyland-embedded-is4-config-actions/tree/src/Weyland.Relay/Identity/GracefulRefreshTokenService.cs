using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Services;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace Weyland.Relay.Identity
{
    /// <summary>
    /// Lets a one-time refresh token be presented again for a few seconds after first use,
    /// so two concurrent refreshes from the assistant platform do not burn the token.
    /// </summary>
    public class GracefulRefreshTokenService : DefaultRefreshTokenService
    {
        private readonly int _graceSeconds;

        public GracefulRefreshTokenService(
            IRefreshTokenStore store,
            IProfileService profile,
            ISystemClock clock,
            ILogger<GracefulRefreshTokenService> logger,
            int graceSeconds)
            : base(store, profile, clock, logger)
        {
            _graceSeconds = graceSeconds;
        }

        protected override Task<bool> AcceptConsumedTokenAsync(RefreshToken refreshToken)
        {
            if (refreshToken.ConsumedTime.HasValue
                && refreshToken.ConsumedTime.Value < Clock.UtcNow.AddSeconds(-_graceSeconds))
            {
                return Task.FromResult(true);
            }

            return base.AcceptConsumedTokenAsync(refreshToken);
        }
    }
}
