using Duende.IdentityServer.EntityFramework.Storage;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using Monarch.Identity.Core.Models.Identity;
using Monarch.Identity.Data;
using Monarch.Identity.DataSeeder.Seeding;

// One-shot tool for local and test databases: migrate, then seed. Started from the AppHost only.
var builder = Host.CreateApplicationBuilder(args);

var connection = builder.Configuration.GetConnectionString("IdentityConnection")
    ?? "Host=localhost;Port=7010;Database=identity;Username=postgres;Password=postgres";
var migrationsAssembly = typeof(ApplicationDbContext).Assembly.GetName().Name!;

void UsePostgres(DbContextOptionsBuilder options) =>
    options.UseNpgsql(connection, sql => sql.MigrationsAssembly(migrationsAssembly));

builder.Services.AddDbContext<ApplicationDbContext>(UsePostgres);
builder.Services.AddConfigurationDbContext(options => options.ConfigureDbContext = UsePostgres);
builder.Services.AddOperationalDbContext(options => options.ConfigureDbContext = UsePostgres);
builder.Services.AddIdentityCore<ApplicationUser>()
    .AddRoles<ApplicationRole>()
    .AddEntityFrameworkStores<ApplicationDbContext>();

using var host = builder.Build();
await DatabaseSeeder.RunAsync(host.Services);
