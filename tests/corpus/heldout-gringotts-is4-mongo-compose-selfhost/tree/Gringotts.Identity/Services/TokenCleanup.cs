using System;
using System.Threading.Tasks;
using IdentityServer4.MongoDB.Interfaces;
using Microsoft.Extensions.Logging;

namespace Gringotts.Identity.Services
{
    public class TokenCleanup
    {
        private readonly IPersistedGrantDbContext _grants;
        private readonly ILogger<TokenCleanup> _logger;

        public TokenCleanup(IPersistedGrantDbContext grants, ILogger<TokenCleanup> logger)
        {
            _grants = grants;
            _logger = logger;
        }

        public async Task RemoveExpiredGrantsAsync()
        {
            try
            {
                await _grants.RemoveExpired();
            }
            catch (Exception ex)
            {
                _logger.LogError("Removing expired grants failed: {error}", ex.Message);
            }
        }
    }
}
