using Gdi.Passport.Extensions;
using Serilog;

namespace Gdi.Passport;

internal sealed class Program
{
	public static async Task Main(string[] args)
	{
		Log.Logger = new LoggerConfiguration()
			.WriteTo.Console()
			.CreateBootstrapLogger();
		Log.Information("Passport is starting");

		try
		{
			var builder = WebApplication.CreateBuilder(args);

			var app = builder
				.ConfigureLogging()
				.ConfigureServices()
				.Build();

			await app.ConfigurePipeline().RunAsync();
		}
		catch (Exception ex) when (ex is not HostAbortedException)
		{
			Log.Fatal(ex, "Passport stopped unexpectedly");
			throw;
		}
		finally
		{
			await Log.CloseAndFlushAsync();
		}
	}
}
