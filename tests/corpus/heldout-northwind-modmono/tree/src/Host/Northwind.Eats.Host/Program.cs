using Northwind.Eats.Host.Setup;
using Northwind.Kernel.Logging;
using Northwind.Kernel.Monitoring;
using Northwind.Kernel.Web.Modules;
using Northwind.Modules.Accounts;
using Northwind.Modules.Menu;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddModuleSettingsFiles(builder.Environment.ContentRootPath, builder.Environment.EnvironmentName);
builder.Configuration.AddEnvironmentVariables("NWEATS_");

builder.Host.UseKernelSerilog();

builder.Services.AddHttpContextAccessor();
builder.Services.AddEatsHealthChecks(builder.Configuration);

// every IAppModule found in the referenced module assemblies registers its own services
builder.AddDiscoveredModules(typeof(AccountsModule).Assembly, typeof(MenuModule).Assembly);

builder.Services.AddControllers();
builder.Services.AddEatsCors();
builder.Services.AddEatsJwtBearer(builder.Configuration);
builder.Services.AddAuthorization();

var app = builder.Build();

app.UseSerilogRequestLogging();

app.UseRouting();
app.UseEatsCors();

app.UseAuthentication();
app.UseAuthorization();

// modules add their own middleware here (the accounts module adds IdentityServer)
await app.UseDiscoveredModulesAsync();

app.MapControllers();
app.MapDiscoveredModules();
app.MapGet("/", () => "Northwind Eats modular monolith");

app.UseKernelMonitoring();

await app.RunAsync();
