using Gdi.Passport.Configuration;
using Gdi.Passport.Database.Migrations;
using Gdi.Passport.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gdi.Passport.Authentication;

internal static class AuthenticationExtensions
{
	public static WebApplicationBuilder AddAuthentication(this WebApplicationBuilder builder)
	{
		builder.Services.AddIdentity<ApplicationUser, IdentityRole>()
			.AddEntityFrameworkStores<ApplicationDbContext>()
			.AddDefaultTokenProviders();

		builder.Services
			.AddIdentityServer()
			.AddServerSideSessions()
			.AddConfigurationStore(options =>
			{
				options.ConfigureDbContext = db =>
					db.UseNpgsql(
						builder.Configuration.GetConnectionString(ConfigurationKey.ConnectionString.ClientCatalogDb),
						npgsql => npgsql.MigrationsAssembly(MigrationsAssembly)
					);
			})
			.AddOperationalStore(options =>
			{
				options.ConfigureDbContext = db =>
					db.UseNpgsql(
						builder.Configuration.GetConnectionString(ConfigurationKey.ConnectionString.GrantStoreDb),
						npgsql => npgsql.MigrationsAssembly(MigrationsAssembly)
					);
			})
			.AddAspNetIdentity<ApplicationUser>();

		builder.Services.AddAuthentication();

		return builder;
	}

	public static WebApplication UseAuthentication(this WebApplication app)
	{
		app.UseIdentityServer();
		app.UseAuthorization();

		return app;
	}

	private static string? MigrationsAssembly => typeof(Program).Assembly.GetName().Name;
}
