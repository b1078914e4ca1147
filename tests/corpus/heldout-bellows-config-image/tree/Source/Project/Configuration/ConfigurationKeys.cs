namespace Bellows.IdentityServer.Configuration
{
	public static class ConfigurationKeys
	{
		public const string DataPath = "Data";
		public const string DataProtectionPath = "DataProtection";
		public const string DefaultConnectionStringName = "IdentityServer";
		public const string ExceptionHandlingPath = "ExceptionHandling";
		public const string FeatureManagementPath = "FeatureManagement";
		public const string ForwardedHeadersPath = "ForwardedHeaders";
		public const string HstsPath = "Hsts";
		public const string HttpsRedirectionPath = "HttpsRedirection";
		public const string IdentityServerPath = "IdentityServer";
	}
}
