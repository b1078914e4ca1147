namespace Tailspin.Identity.Core
{
    /// <summary>A person who signs in through the Passport token service.</summary>
    public class PassportUser : Raven.Identity.IdentityUser
    {
        public string? DisplayName { get; set; }

        public string? TenantKey { get; set; }

        public DateTime? LastPasswordChangeUtc { get; set; }
    }
}
