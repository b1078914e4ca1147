// Wingtip Identity admin API: users, roles, clients and scopes behind the management UI.
// It validates tokens issued by the SSO site; it does not issue any itself.

using Wingtip.Identity.EntityFrameworkCore;
using Wingtip.Identity.Service.Admin.Infrastructure;
using Wingtip.Identity.Service.Admin.Infrastructure.Extensions;

var builder = WebApplication.CreateBuilder(args);

await builder.Services.AddMasaStackConfigAsync(MasaStackProject.Auth, MasaStackApp.Service);
var stackConfig = builder.Services.GetMasaStackConfig();
var ssoUrl = stackConfig.GetSsoDomain();

builder.Services.AddAutoInject();
builder.Services.AddDaprClient();

builder.Services.AddAuthentication("Bearer")
    .AddJwtBearer("Bearer", jwt =>
    {
        jwt.Authority = ssoUrl;
        jwt.RequireHttpsMetadata = false;
        jwt.TokenValidationParameters.ValidateAudience = false;
    });

builder.Services.AddCors(cors =>
{
    cors.AddPolicy("AdminUi", policy =>
        policy.WithOrigins("https://identity-admin.wingtip.test").AllowAnyHeader().AllowAnyMethod().AllowCredentials());
});

builder.Services.AddDomainEventBus(dispatcher =>
{
    dispatcher.UseUoW<DirectoryDbContext>(db => db.UseDbSql(stackConfig.GetDbType()))
              .UseRepository<DirectoryDbContext>();
});

// applies pending migrations and seeds defaults every time the service starts
await builder.MigrateDbContextAsync<DirectoryDbContext>(async (context, services) =>
{
    builder.Services.AddOidcCache(builder.Configuration);
    await new IdentitySeedData().SeedAsync(context, services);
});

var app = builder.AddServices();

app.UseStaticFiles();
app.UseRouting();
app.UseCors("AdminUi");
app.UseAuthentication();
app.UseAuthorization();
app.UseHttpsRedirection();

app.Run();
