using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Virtucon.Identity.Models;

namespace Virtucon.Identity.Services;

public class MemberClaimsFactory(
    UserManager<Member> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Member, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Member member)
    {
        var identity = await base.GenerateClaimsAsync(member);
        identity.AddClaim(new Claim("role", member.Role));
        return identity;
    }
}
