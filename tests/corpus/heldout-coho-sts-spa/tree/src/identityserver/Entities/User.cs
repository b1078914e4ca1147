using Microsoft.AspNetCore.Identity;

namespace Coho.Sts.Admin.Entities;

public class User : IdentityUser<int>
{
    public string DisplayName { get; set; }
}

public class Role : IdentityRole<int>
{
}
