using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pendant.Members;

// One-shot schema migration, run as its own container (compose service / Kubernetes Job).
var configuration = new ConfigurationBuilder()
    .SetBasePath(Directory.GetCurrentDirectory())
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

var options = new DbContextOptionsBuilder<MembersDbContext>()
    .UseSqlServer(configuration.GetConnectionString("MembersDb"))
    .Options;

using var db = new MembersDbContext(options);
db.Database.Migrate();

Console.WriteLine("members schema is up to date");
