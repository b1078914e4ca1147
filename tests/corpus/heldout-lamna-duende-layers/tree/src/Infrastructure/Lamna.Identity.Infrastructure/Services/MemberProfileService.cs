using System.Security.Claims;
using Duende.IdentityServer.Extensions;

namespace Lamna.Identity.Infrastructure.Services;

public class MemberProfileService : IProfileService
{
    private readonly UserManager<Member> _members;

    public MemberProfileService(UserManager<Member> members)
    {
        _members = members;
    }

    public async Task GetProfileDataAsync(ProfileDataRequestContext context)
    {
        var member = await _members.FindByIdAsync(context.Subject.GetSubjectId());
        if (member is null) return;

        var claims = new List<Claim>
        {
            new(JwtClaimTypes.Email, member.Email ?? string.Empty),
            new(JwtClaimTypes.GivenName, member.GivenName ?? string.Empty),
            new(JwtClaimTypes.FamilyName, member.FamilyName ?? string.Empty)
        };
        foreach (var role in await _members.GetRolesAsync(member))
        {
            claims.Add(new Claim(JwtClaimTypes.Role, role));
        }

        context.IssuedClaims.AddRange(claims.Where(c => context.RequestedClaimTypes.Contains(c.Type)));
    }

    public async Task IsActiveAsync(IsActiveContext context)
    {
        var member = await _members.FindByIdAsync(context.Subject.GetSubjectId());
        context.IsActive = member is { IsActive: true };
    }
}
