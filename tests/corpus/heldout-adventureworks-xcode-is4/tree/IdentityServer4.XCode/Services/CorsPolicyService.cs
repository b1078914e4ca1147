using System;
using System.Threading.Tasks;
using IdentityServer4.Services;
using IdentityServer4.XCode.Entities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IdentityServer4.XCode.Services
{
    /// <summary>Allows an origin when some client lists it in the ClientCorsOrigins table.</summary>
    public class CorsPolicyService : ICorsPolicyService
    {
        private readonly IHttpContextAccessor _context;
        private readonly ILogger<CorsPolicyService> _logger;

        public CorsPolicyService(IHttpContextAccessor context, ILogger<CorsPolicyService> logger)
        {
            _context = context ?? throw new ArgumentNullException(nameof(context));
            _logger = logger;
        }

        public Task<bool> IsOriginAllowedAsync(string origin)
        {
            var allowed = ClientCorsOrigins.FindAllByOrigins(origin).Count > 0;
            _logger.LogDebug("Origin {origin} is allowed: {allowed}", origin, allowed);
            return Task.FromResult(allowed);
        }
    }
}
