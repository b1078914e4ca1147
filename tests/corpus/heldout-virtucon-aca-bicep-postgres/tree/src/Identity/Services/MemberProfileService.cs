using System.Security.Claims;
using Duende.IdentityServer.Extensions;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.Identity;
using Virtucon.Identity.Models;

namespace Virtucon.Identity.Services;

public class MemberProfileService(UserManager<Member> users) : IProfileService
{
    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var member = await users.FindByIdAsync(context.Subject.GetSubjectId());
        if (member is null) return;
        var claims = new List<Claim>
        {
            new("member_no", member.MemberNo ?? string.Empty),
            new("club_id", member.ClubId ?? string.Empty),
            new("role", member.Role)
        };
        context.IssuedClaims.AddRange(claims.Where(c => context.RequestedClaimTypes.Contains(c.Type)));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        context.IsActive = await users.FindByIdAsync(context.Subject.GetSubjectId()) is not null;
    }
}
