using Dunder.Market.Identity.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dunder.Market.Identity.Tests;

public class IdentityHostFactory : WebApplicationFactory<Program>
{
    private readonly string _dbName = Guid.NewGuid().ToString();

    static IdentityHostFactory()
    {
        // Program.cs reads these before Build(); environment variables are visible that early.
        Environment.SetEnvironmentVariable("Bff__Origin", "https://localhost:6050");
        Environment.SetEnvironmentVariable("Bff__ClientSecret", "test-bff-secret");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.EnsureCreated();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:dundermarket"] = "Host=localhost;Database=unused;Username=unused;Password=unused",
        }));
        builder.ConfigureServices(services =>
        {
            foreach (var d in services.Where(d => d.ServiceType == typeof(IdentityDbContext)
                || (d.ServiceType.IsGenericType && d.ServiceType.GetGenericArguments().Contains(typeof(IdentityDbContext)))).ToList())
            {
                services.Remove(d);
            }

            services.AddDbContext<IdentityDbContext>(o => o.UseInMemoryDatabase(_dbName));
        });
    }
}
