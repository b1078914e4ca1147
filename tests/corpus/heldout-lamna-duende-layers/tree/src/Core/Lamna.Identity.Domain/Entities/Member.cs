using Microsoft.AspNetCore.Identity;

namespace Lamna.Identity.Domain.Entities;

public class Member : IdentityUser<Guid>
{
    public string GivenName { get; set; }
    public string FamilyName { get; set; }
    public DateTime JoinedOn { get; set; }
    public bool IsActive { get; set; }

    public Member() { }

    public Member(string email, string userName)
    {
        Email = email;
        UserName = userName;
        JoinedOn = DateTime.UtcNow;
        IsActive = true;
    }
}

public class MemberRole : IdentityRole<Guid>
{
}
