using Microsoft.AspNetCore.Identity;

namespace Virtucon.Identity.Models;

public class Member : IdentityUser
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? MemberNo { get; set; }
    public string? ClubId { get; set; }
    public string Role { get; set; } = "member";
}
