using Acme.EntityFramework.Shared;
using Acme.EntityFramework.Shared.Helpers;

var builder = WebApplication.CreateBuilder(args);
var authority = builder.Configuration["Authority"] ?? "https://sts.acme.example";

// A health probe of the token service, not a token service.
builder.Services.AddHealthChecks()
    .AddIdentityServer(new Uri(authority), name: "sts");
builder.Services.AddControllers();

var app = builder.Build();
if (args.Contains("/migrate"))
{
    await DbMigrationHelpers.MigrateEverythingAsync<GrantDbContext>(app);
    return;
}
app.MapControllers();
app.MapHealthChecks("/health");
app.Run();
