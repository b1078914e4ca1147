using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityModel;
using IdentityServer4.Extensions;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Massive.IdentityServer.Helpers;
using Massive.Utils;
using Massive.Utils.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Massive.IdentityServer
{
    /// <summary>Issues claims looked up in Active Directory (or the configured test users).</summary>
    public class DirectoryProfileService : IProfileService
    {
        private readonly ILogger<DirectoryProfileService> _logger;
        private readonly IConfiguration _configuration;
        private readonly IHttpContextAccessor _http;
        private readonly ISecurityAuditLogger _audit;

        public DirectoryProfileService(ILogger<DirectoryProfileService> logger, IConfiguration configuration,
            IHttpContextAccessor http, ISecurityAuditLogger audit)
        {
            _logger = logger;
            _configuration = configuration;
            _http = http;
            _audit = audit;
        }

        public async Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            string user = context.Subject.GetSubjectId().ToLowerInvariant();
            List<Claim> claims;

            if (IdentityServerConfig.TestUsers(_configuration).TryGetValue(user, out var testUser))
            {
                claims = new List<Claim>
                {
                    new Claim(JwtClaimTypes.Name, testUser.Name),
                    new Claim(JwtClaimTypes.Email, testUser.Email),
                };
                claims.AddRange(testUser.Role.Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(r => new Claim(JwtClaimTypes.Role, r.Trim())));
            }
            else
            {
                claims = await LdapHelper.GetClaimsAsync(user, _configuration, _logger);
            }

            string superUser = ConfigurationHelper.GetValue(_configuration, MassiveIdentityKeys.ActiveDirectory_SuperUser, "");
            if (superUser != "" && string.Equals(user, superUser, StringComparison.InvariantCultureIgnoreCase))
                claims.Add(new Claim(JwtClaimTypes.Role, "SuperUser"));

            _audit.Write(user, _http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "", "claims issued");
            context.IssuedClaims.AddRange(claims);
        }

        public Task IsActiveAsync(IsActiveContext context)
        {
            context.IsActive = true;
            return Task.CompletedTask;
        }
    }
}
