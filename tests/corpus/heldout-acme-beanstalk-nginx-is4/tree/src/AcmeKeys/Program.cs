using System;
using System.IO;
using IdentityServer4.EntityFramework.DbContexts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using AcmeKeys.Data;
using AcmeKeys.Models;

namespace AcmeKeys
{
	public class Program
	{
		public static void Main(string[] args)
		{
			var host = CreateHostBuilder(args).Build();
			var environment = ReadEnvironmentName();

			// Every stage except Production (re)seeds clients, resources and the admin user at boot.
			if (environment != Environments.Production)
			{
				using (var scope = host.Services.CreateScope())
				{
					var services = scope.ServiceProvider;
					var logger = services.GetRequiredService<ILogger<Program>>();
					logger.LogInformation("Detected environment {Environment}", environment);
					try
					{
						var configuration = services.GetRequiredService<IConfiguration>();
						DatabaseInitializer.Initialize(
							services.GetRequiredService<PersistedGrantDbContext>(),
							services.GetRequiredService<ConfigurationDbContext>(),
							services.GetRequiredService<AcmeKeysContext>(),
							services.GetRequiredService<UserManager<ApplicationUser>>(),
							new Config(configuration),
							configuration);
						logger.LogInformation("Database initialization complete");
					}
					catch (Exception ex)
					{
						logger.LogError(ex, "Seeding the database failed");
					}
				}
			}

			host.Run();
		}

		public static IWebHostBuilder CreateHostBuilder(string[] args)
		{
			var environment = ReadEnvironmentName();
			return WebHost.CreateDefaultBuilder(args)
				.ConfigureLogging((context, logging) =>
				{
					logging.ClearProviders();
					logging.AddConfiguration(context.Configuration.GetSection("Logging"));
					logging.AddConsole();
					logging.AddDebug();

					if (environment != Environments.Development)
					{
						// CloudWatch Logs, region and group come from the Logging section
						logging.AddAWSProvider(context.Configuration.GetAWSLoggingConfigSection());
					}
				})
				.UseEnvironment(environment)
				.UseStartup<Startup>();
		}

		// Beanstalk gives the app no ASPNETCORE_ENVIRONMENT, so the deploy job writes
		// EnvironmentName into appsettings.json and the host reads it from there.
		private static string ReadEnvironmentName()
		{
			return new ConfigurationBuilder()
				.SetBasePath(Directory.GetCurrentDirectory())
				.AddJsonFile("appsettings.json", optional: true)
				.Build()
				.GetValue<string>("EnvironmentName", "Development");
		}
	}
}
