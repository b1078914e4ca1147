using Litware.Identity.Common.Repositories;

namespace Litware.Identity.Authorization
{
    // Bound from the "Identity:Server" section by IdentityConfigExtensions.
    public class IdentityServerConfig
    {
        public string Authority { get; set; }
        public bool RequireConfirmedEmail { get; set; }
        public IdentityMongoOptions Mongo { get; set; }
        public IdentityRedisOptions Redis { get; set; }
    }
}
