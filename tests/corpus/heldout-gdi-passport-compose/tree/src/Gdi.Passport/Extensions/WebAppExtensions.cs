using Gdi.Passport.Authentication;
using Gdi.Passport.Configuration;
using Gdi.Passport.Database.Migrations;
using Gdi.Passport.Localization;
using Gdi.Passport.Users;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Gdi.Passport.Extensions;

internal static class WebAppExtensions
{
	public static WebApplicationBuilder ConfigureLogging(this WebApplicationBuilder builder)
	{
		builder.Host.UseSerilog(
			(context, logger) => logger
				.WriteTo.Console(outputTemplate: "{Timestamp:HH:mm:ss} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
				.Enrich.FromLogContext()
				.ReadFrom.Configuration(context.Configuration),
			true
		);

		return builder;
	}

	public static WebApplicationBuilder ConfigureServices(this WebApplicationBuilder builder)
	{
		builder.Services.AddScoped<IUserService, UserService>();

		builder.AddLocalization();
		builder.AddConfiguration();

		builder.Services.AddControllers();
		builder.Services.AddOpenApi();

		builder.Services.AddDbContext<ApplicationDbContext>(options =>
			options.UseNpgsql(
				builder.Configuration.GetConnectionString(ConfigurationKey.ConnectionString.AccountsDb)
			)
		);

		builder.AddAuthentication();

		return builder;
	}

	public static WebApplication ConfigurePipeline(this WebApplication app)
	{
		app.UseLocalization();

		app.UseSerilogRequestLogging();
		app.MapControllers();
		app.MapOpenApi();

		if (app.Environment.IsDevelopment())
		{
			app.UseDeveloperExceptionPage();
		}

		app.UseAuthentication();

		return app;
	}
}
