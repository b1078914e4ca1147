using System.Security.Claims;
using IdentityServer4.Models;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Identity;
using Pendant.Members;

namespace Pendant.Passport.Services;

internal sealed class MemberProfileService : IProfileService
{
    private readonly UserManager<Member> _members;

    public MemberProfileService(UserManager<Member> members) => _members = members;

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var member = await _members.GetUserAsync(context.Subject);
        if (member is null)
        {
            return;
        }

        context.IssuedClaims = new List<Claim>
        {
            new(ClaimTypes.Name, member.DisplayName),
            new(ClaimTypes.GivenName, member.GivenName),
            new(ClaimTypes.Surname, member.FamilyName),
            new(ClaimTypes.Email, member.Email ?? string.Empty)
        };
    }

    public Task IsActiveAsync(IsActiveContext context) => Task.CompletedTask;
}
