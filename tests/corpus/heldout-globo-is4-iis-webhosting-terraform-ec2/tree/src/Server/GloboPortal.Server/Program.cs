using Serilog;

namespace GloboPortal.Server
{
    public class Program
    {
        public static int Main(string[] args)
        {
            // Serilog is configured before the host exists, from the same files the host reads.
            var environmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";

            var bootstrapConfiguration = new ConfigurationBuilder()
                .AddJsonFile("appsettings.json")
                .AddJsonFile($"appsettings.{environmentName}.json", optional: true)
                .AddEnvironmentVariables()
                .Build();

            Log.Logger = new LoggerConfiguration()
                .ReadFrom.Configuration(bootstrapConfiguration)
                .CreateLogger();

            try
            {
                Log.Information("Starting the Globo portal host");
                CreateHostBuilder(args).Build().Run();
                return 0;
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "Globo portal host stopped unexpectedly");
                return 1;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }

        public static IHostBuilder CreateHostBuilder(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web =>
                {
                    web.UseConfiguration(new ConfigurationBuilder().AddCommandLine(args).Build());
                    web.UseStartup<Startup>();
                })
                .UseSerilog();
    }
}
