using Tyrell2.Identity.STS.Identity.Configuration.Interfaces;

namespace Tyrell2.Identity.STS.Identity.Configuration
{
    public class RootConfiguration : IRootConfiguration
    {
        public AdminConfiguration AdminConfiguration { get; } = new AdminConfiguration();
        public RegisterConfiguration RegisterConfiguration { get; } = new RegisterConfiguration();
    }

    public class AdminConfiguration
    {
        public string PageTitle { get; set; }
        public string IdentityAdminBaseUrl { get; set; }
        public string AdministrationRole { get; set; }
    }

    public class RegisterConfiguration
    {
        public bool Enabled { get; set; } = true;
    }
}
