using Microsoft.AspNetCore.Identity;

namespace CityPower.IdentityService.Models
{
    // Customer accounts of the City Power & Light self-service portal
    public class ApplicationUser : IdentityUser
    {
    }
}
