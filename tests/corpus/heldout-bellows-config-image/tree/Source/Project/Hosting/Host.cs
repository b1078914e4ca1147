using System;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Bellows.IdentityServer.Hosting
{
	public static class Host
	{
		public static IHostBuilder CreateHostBuilder<TStartup>(string[] arguments) where TStartup : class
		{
			return Microsoft.Extensions.Hosting.Host.CreateDefaultBuilder(arguments)
				.UseSerilog((context, services, loggerConfiguration) =>
				{
					loggerConfiguration.ReadFrom.Configuration(context.Configuration);
					loggerConfiguration.ReadFrom.Services(services);
				})
				.ConfigureAppConfiguration(configurationBuilder =>
				{
					// Swap the default environment-variable source for one that also understands
					// the dotted keys our hosting platform produces.
					for(var i = 0; i < configurationBuilder.Sources.Count; i++)
					{
						if(configurationBuilder.Sources[i] is EnvironmentVariablesConfigurationSource)
							configurationBuilder.Sources[i] = new Margies.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource();
					}
				})
				.ConfigureWebHostDefaults(webHostBuilder => webHostBuilder.UseStartup<TStartup>());
		}

		public static int Run<TStartup>(string applicationName, string[] arguments) where TStartup : class
		{
			Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
			Log.Information("Starting {ApplicationName}.", applicationName);

			try
			{
				CreateHostBuilder<TStartup>(arguments).Build().Run();
				return 0;
			}
			catch(Exception exception)
			{
				Log.Fatal(exception, "{ApplicationName} stopped unexpectedly.", applicationName);
				return 1;
			}
			finally
			{
				Log.CloseAndFlush();
			}
		}
	}
}
