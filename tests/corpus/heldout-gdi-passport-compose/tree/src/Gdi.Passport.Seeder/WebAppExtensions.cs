using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Gdi.Passport.Seeder;

internal static class WebAppExtensions
{
	private const string EnvironmentPrefix = "GDISEED_";

	public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
	{
		var environment = string.IsNullOrWhiteSpace(builder.Environment.EnvironmentName)
			? "Production"
			: builder.Environment.EnvironmentName;

		builder.Configuration
			.AddJsonFile($"AppSettings/appsettings.{environment}.json")
			.AddEnvironmentVariables(EnvironmentPrefix);

		builder.Services
			.AddAuthorization()
			.AddIdentityServer()
			.AddConfigurationStore(options =>
			{
				options.ConfigureDbContext = db =>
					db.UseNpgsql(builder.Configuration.GetConnectionString("ClientCatalogDB"));
			})
			.AddOperationalStore(options =>
			{
				options.ConfigureDbContext = db =>
					db.UseNpgsql(builder.Configuration.GetConnectionString("GrantStoreDB"));
			});

		return builder.Build();
	}

	public static WebApplication ConfigurePipeline(this WebApplication app)
	{
		app.UseSerilogRequestLogging();

		if (app.Environment.IsDevelopment())
		{
			app.UseDeveloperExceptionPage();
		}

		app.UseIdentityServer();
		app.UseAuthorization();

		return app;
	}
}
