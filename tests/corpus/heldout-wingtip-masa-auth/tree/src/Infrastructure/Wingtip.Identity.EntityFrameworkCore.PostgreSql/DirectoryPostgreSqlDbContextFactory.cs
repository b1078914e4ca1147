using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;

namespace Wingtip.Identity.EntityFrameworkCore;

// Used only by `dotnet ef migrations add` to build the context at design time.
public class DirectoryPostgreSqlDbContextFactory : IDesignTimeDbContextFactory<DirectoryDbContext>
{
    public DirectoryDbContext CreateDbContext(string[] args)
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile("appsettings.PostgreSql.json")
            .Build();

        var options = new MasaDbContextOptionsBuilder<DirectoryDbContext>();
        options.UseNpgsql(settings.GetConnectionString("DefaultConnection")!,
            npgsql => npgsql.MigrationsAssembly("Wingtip.Identity.EntityFrameworkCore.PostgreSql"));

        return new DirectoryDbContext(options.MasaOptions);
    }
}
