using Finbuckle.MultiTenant;

namespace Tailspin.Identity.Core
{
    /// <summary>Per-tenant branding and sign-in settings, kept as a RavenDB document.</summary>
    public class TenantProfile : ITenantInfo
    {
        public string? Id { get; set; }
        public string? Identifier { get; set; }
        public string? Name { get; set; }
        public string? ConnectionString { get; set; }

        public bool LocalLoginEnabled { get; set; } = true;
        public string? AccentColour { get; set; }
        public string? SupportAddress { get; set; }
    }
}
