using Gdi.Auth.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gdi.Auth.Tests;

public class DatabaseProviderExtensionsTests
{
    private static IConfiguration Settings(string? provider, string connectionString) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["ConnectionStrings:Probe"] = connectionString
            })
            .Build();

    [Theory]
    [InlineData(null, "Data Source=probe.db", "SqliteOptionsExtension")]
    [InlineData("postgres", "Host=db;Database=probe", "NpgsqlOptionsExtension")]
    [InlineData("SqlServer", "Server=db;Database=probe;Trusted_Connection=True", "SqlServerOptionsExtension")]
    public void Selects_the_configured_provider(string? provider, string connectionString, string extension)
    {
        var options = new DbContextOptionsBuilder();

        options.UseSelectedProvider(Settings(provider, connectionString), "Probe");

        Assert.Contains(options.Options.Extensions, e => e.GetType().Name == extension);
    }

    [Fact]
    public void Throws_when_the_connection_string_is_missing()
    {
        var settings = new ConfigurationBuilder().Build();

        Assert.Throws<InvalidOperationException>(() => new DbContextOptionsBuilder().UseSelectedProvider(settings, "Probe"));
    }
}
