using Gdi.Passport.Seeder;
using Gdi.Passport.Seeder.Dataset;
using Serilog;

Log.Logger = new LoggerConfiguration()
	.WriteTo.Console()
	.CreateBootstrapLogger();

try
{
	var builder = WebApplication.CreateBuilder(args);

	builder.Host.UseSerilog((context, logger) => logger
		.WriteTo.Console()
		.ReadFrom.Configuration(context.Configuration));

	var app = builder
		.ConfigureServices()
		.ConfigurePipeline();

	// Bootstraps a fresh database for local work; a real environment needs its own data.
	if (args.Contains("/seed"))
	{
		app.SeedDatabase(new DevDataset());
		Log.Information("Seed data written");
		return;
	}

	app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
	Log.Fatal(ex, "Seeder failed");
}
finally
{
	Log.CloseAndFlush();
}
