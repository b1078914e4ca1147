using System;
using System.IO;
using App.Metrics;
using App.Metrics.AspNetCore;
using App.Metrics.Filtering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace Munson.Profile.Sts
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
            var configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: true)
                .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: true)
                .Build();

            Log.Logger = new LoggerConfiguration()
                .ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console()
                .CreateLogger();

            try
            {
                var timersOnly = new MetricsFilter().WhereType(MetricType.Timer);

                var host = new WebHostBuilder()
                    .UseKestrel()
                    .ConfigureMetricsWithDefaults(metrics =>
                    {
                        metrics.Filter.With(timersOnly);
                        metrics.Report.ToInfluxDb(influx =>
                        {
                            influx.InfluxDb.BaseUri = new Uri(Environment.GetEnvironmentVariable("INFLUX_URI") ?? "http://127.0.0.1:8086");
                            influx.InfluxDb.Database = Environment.GetEnvironmentVariable("INFLUX_DB") ?? "";
                            influx.InfluxDb.UserName = Environment.GetEnvironmentVariable("INFLUX_USER") ?? "";
                            influx.InfluxDb.Password = Environment.GetEnvironmentVariable("INFLUX_PWD") ?? "";
                            influx.InfluxDb.CreateDataBaseIfNotExists = true;
                            influx.FlushInterval = TimeSpan.FromSeconds(20);
                        });
                    })
                    .UseMetrics()
                    .UseMetricsWebTracking()
                    .UseContentRoot(Directory.GetCurrentDirectory())
                    .UseStartup<Startup>()
                    .UseConfiguration(configuration)
                    .UseSerilog()
                    .Build();

                host.Run();
                return 0;
            }
            catch (Exception ex)
            {
                Log.Fatal(ex, "Profile STS stopped unexpectedly");
                return 1;
            }
            finally
            {
                Log.CloseAndFlush();
            }
        }
    }
}
