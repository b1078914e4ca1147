using Microsoft.AspNetCore.Identity;

namespace AlpineSki.Identity.Data.DataMigrations;

public class SkiPatrolUser : IdentityUser
{
    public string? PassTier { get; set; }
}
