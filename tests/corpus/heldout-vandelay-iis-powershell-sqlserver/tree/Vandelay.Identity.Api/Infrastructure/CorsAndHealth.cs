using System;
using System.Linq;
using System.Threading.Tasks;
using Vandelay.Identity.Api.Persistence;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Vandelay.Identity.Api.Infrastructure
{
    // CORS for the management API only: the request origin must appear verbatim in some
    // registered client's AllowedCorsOrigins (stored in SQL Server)
    public class VandelayCorsPolicyProvider : ICorsPolicyProvider
    {
        private readonly ICorsPolicyService _corsPolicyService;
        private readonly PathString _allowedBasePath = new PathString(VandelayIdentityConstants.ManagementApiBasePath);

        public VandelayCorsPolicyProvider(ICorsPolicyService corsPolicyService)
        {
            _corsPolicyService = corsPolicyService ?? throw new ArgumentNullException(nameof(corsPolicyService));
        }

        public async Task<CorsPolicy> GetPolicyAsync(HttpContext context, string policyName)
        {
            if (policyName != VandelayIdentityConstants.CorsPolicyName) return null;
            if (!context.Request.Path.StartsWithSegments(_allowedBasePath)) return null;

            string origin = context.Request.Headers["Origin"];
            if (string.IsNullOrEmpty(origin) || !await _corsPolicyService.IsOriginAllowedAsync(origin)) return null;

            return new CorsPolicyBuilder().WithOrigins(origin).AllowAnyHeader().AllowAnyMethod().Build();
        }
    }

    public class CorsPolicyService : ICorsPolicyService
    {
        private readonly IClientManagementStore _clients;

        public CorsPolicyService(IClientManagementStore clients)
        {
            _clients = clients;
        }

        public Task<bool> IsOriginAllowedAsync(string origin)
        {
            var all = _clients.GetAllClients();
            return Task.FromResult(all != null && all.SelectMany(c => c.AllowedCorsOrigins).Contains(origin));
        }
    }

    public interface IHealthCheckerService
    {
        Task<bool> CheckHealth();
    }

    public class HealthCheckerService : IHealthCheckerService
    {
        private readonly IClientManagementStore _clients;

        public HealthCheckerService(IClientManagementStore clients)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        }

        public Task<bool> CheckHealth()
        {
            return Task.FromResult(_clients.GetClientCount() >= 0);
        }
    }
}
