namespace Gdi.Passport.Configuration;

internal static class ConfigurationExtensions
{
	private const string EnvironmentPrefix = "GDIP_";

	extension(IHostApplicationBuilder builder)
	{
		public IHostApplicationBuilder AddConfiguration()
		{
			builder.Configuration
				.AddJsonFile(builder.SettingsFilePath())
				.AddEnvironmentVariables(EnvironmentPrefix);

			return builder;
		}

		private string SettingsFilePath()
		{
			var environment = string.IsNullOrWhiteSpace(builder.Environment.EnvironmentName)
				? "Production"
				: builder.Environment.EnvironmentName;

			return $"AppSettings/appsettings.{environment}.json";
		}
	}
}
