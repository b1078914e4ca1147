namespace Gdi.Passport.Localization;

internal static class LocalizationExtensions
{
	extension(IHostApplicationBuilder builder)
	{
		public IHostApplicationBuilder AddLocalization()
		{
			builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
			return builder;
		}
	}

	extension(IApplicationBuilder app)
	{
		public IApplicationBuilder UseLocalization()
		{
			string[] cultures = ["en-US", "en"];
			app.UseRequestLocalization(new RequestLocalizationOptions()
				.SetDefaultCulture(cultures[0])
				.AddSupportedCultures(cultures)
				.AddSupportedUICultures(cultures));
			return app;
		}
	}
}
