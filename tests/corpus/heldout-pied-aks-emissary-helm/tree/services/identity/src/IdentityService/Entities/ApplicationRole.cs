using Microsoft.AspNetCore.Identity;

namespace IdentityService.Entities;

public class ApplicationRole : IdentityRole<Guid>
{
}
