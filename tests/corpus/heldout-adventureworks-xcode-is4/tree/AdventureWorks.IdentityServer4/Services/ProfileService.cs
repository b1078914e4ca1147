using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using AdventureWorks.Admin.Services;
using IdentityServer4.Extensions;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Microsoft.Extensions.Logging;
using XCode.Membership;

namespace AdventureWorks.IdentityServer4.Services
{
    /// <summary>Supplies user claims to tokens and the userinfo endpoint from the admin framework's user table.</summary>
    public class ProfileService : IProfileService
    {
        private readonly IUserService _users;
        private readonly ILogger<ProfileService> _logger;

        public ProfileService(IUserService users, ILogger<ProfileService> logger)
        {
            _users = users;
            _logger = logger;
        }

        public async Task GetProfileDataAsync(ProfileDataRequestContext context)
        {
            var sub = context.Subject?.GetSubjectId() ?? throw new Exception("No sub claim present");
            var user = await _users.FindByIdAsync(sub);
            if (user == null)
            {
                _logger.LogWarning("No user for subject {Subject}", sub);
                return;
            }

            var claims = new List<Claim>
            {
                new Claim("name", user.DisplayName ?? user.Name),
                new Claim("role", user.RoleName ?? string.Empty)
            };
            context.AddRequestedClaims(claims);
        }

        public async Task IsActiveAsync(IsActiveContext context)
        {
            var user = await _users.FindByIdAsync(context.Subject.GetSubjectId());
            context.IsActive = user is IUser u && u.Enable;
        }
    }
}
