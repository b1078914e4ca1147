using Microsoft.AspNetCore.Identity;

namespace TasmanianIdentity.Data
{
    public class TasmanianUser : IdentityUser
    {
    }
}
