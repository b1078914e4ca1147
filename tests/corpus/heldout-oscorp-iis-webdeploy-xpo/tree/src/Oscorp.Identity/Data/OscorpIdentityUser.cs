using Microsoft.AspNetCore.Identity;

namespace Oscorp.Identity.Data;

public class OscorpIdentityUser : IdentityUser
{
    public string DisplayName { get; set; }

    public string Initials { get; set; }
}
