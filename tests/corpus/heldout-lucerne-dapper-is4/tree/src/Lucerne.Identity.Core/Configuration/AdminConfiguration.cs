namespace Lucerne.Identity.Core.Configuration
{
    public class AdminConfiguration
    {
        public string PageTitle { get; set; }
        public string IdentityAdminRedirectUri { get; set; }
        public string IdentityServerBaseUrl { get; set; }
        public bool RequireHttpsMetadata { get; set; }
        public string IdentityAdminCookieName { get; set; }
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
        public string OidcResponseType { get; set; }
        public string[] Scopes { get; set; }
        public string AdministrationRole { get; set; }
        public string DataProtectionPath { get; set; }
    }
}
