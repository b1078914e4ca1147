using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Coho.Sts.Admin.Entities;
using IdentityModel;
using IdentityServer4.Models;
using IdentityServer4.Services;
using IdentityServer4.Validation;
using Microsoft.AspNetCore.Identity;

namespace Coho.Sts.Admin.IdentityServerExtension;

public class UserProfile : IProfileService
{
    private readonly UserManager<User> _users;

    public UserProfile(UserManager<User> users)
    {
        _users = users;
    }

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var user = await _users.GetUserAsync(context.Subject);
        var roles = await _users.GetRolesAsync(user);

        context.IssuedClaims.Add(new Claim(JwtClaimTypes.Name, user.DisplayName ?? user.UserName));
        context.IssuedClaims.AddRange(roles.Select(role => new Claim(JwtClaimTypes.Role, role)));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        var user = await _users.GetUserAsync(context.Subject);
        context.IsActive = user != null;
    }
}

/// <summary>
/// "delegation" grant: a service swaps a user's token for one with its own audience.
/// </summary>
public class DelegationGrantValidator : IExtensionGrantValidator
{
    private readonly ITokenValidator _tokens;

    public DelegationGrantValidator(ITokenValidator tokens)
    {
        _tokens = tokens;
    }

    public string GrantType => "delegation";

    public async Task ValidateAsync(ExtensionGrantValidationContext context)
    {
        var token = context.Request.Raw.Get("token");
        var result = await _tokens.ValidateAccessTokenAsync(token);
        if (result.IsError)
        {
            context.Result = new GrantValidationResult(TokenRequestErrors.InvalidGrant);
            return;
        }

        var subject = result.Claims.First(c => c.Type == JwtClaimTypes.Subject).Value;
        context.Result = new GrantValidationResult(subject, GrantType);
    }
}
