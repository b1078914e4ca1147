namespace Gdi.Passport.Configuration;

internal struct ConfigurationKey
{
	public struct Password
	{
		public const string MinLength = "Password:MinLength";
	}

	public struct ConnectionString
	{
		public const string AccountsDb = "AccountsDB";
		public const string ClientCatalogDb = "ClientCatalogDB";
		public const string GrantStoreDb = "GrantStoreDB";
	}
}
