namespace Tyrell2.Identity.STS.Identity.Configuration.Constants
{
    public static class ConfigurationConsts
    {
        public const string ConfigurationDbConnectionStringKey = "ConfigurationDbConnection";
        public const string PersistedGrantDbConnectionStringKey = "PersistedGrantDbConnection";
        public const string IdentityDbConnectionStringKey = "IdentityDbConnection";
        public const string DataProtectionDbConnectionStringKey = "DataProtectionDbConnection";

        public const string AdminConfigurationKey = "AdminConfiguration";
        public const string RegisterConfigurationKey = "RegisterConfiguration";
        public const string CspTrustedDomainsKey = "CspTrustedDomains";
        public const string ResourcesPath = "Resources";
    }
}
