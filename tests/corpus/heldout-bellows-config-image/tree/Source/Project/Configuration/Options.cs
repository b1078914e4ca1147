namespace Bellows.IdentityServer.Configuration
{
	/// <summary>
	/// Root options. The application does nothing until configuration sets Enabled to true.
	/// </summary>
	public class Options
	{
		public virtual bool Enabled { get; set; }
	}

	public class DataOptions
	{
		public virtual string ConnectionStringName { get; set; } = ConfigurationKeys.DefaultConnectionStringName;
		public virtual DatabaseProvider Provider { get; set; } = DatabaseProvider.SqlServer;
	}

	public enum DatabaseProvider
	{
		Sqlite,
		SqlServer
	}

	public class ExceptionHandlingOptions
	{
		public virtual bool DeveloperExceptionPage { get; set; }
		public virtual string Path { get; set; } = "/Error";
	}
}
