using IdentityServer.Infrastructure.Common;
using IdentityServer.Infrastructure.Persistence;
using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen.ConventionalRouting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

AppSettings settings = builder.Configuration.Get<AppSettings>();

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(swagger =>
{
    swagger.SwaggerDoc("v1", new OpenApiInfo { Title = "FirstUp Identity API", Version = "v1" });

    swagger.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
    {
        Name = "Authorization",
        In = ParameterLocation.Header,
        Type = SecuritySchemeType.OAuth2,
        Flows = new OpenApiOAuthFlows
        {
            Password = new OpenApiOAuthFlow
            {
                TokenUrl = new Uri($"{settings.IdentityServerAddress}/connect/token"),
                Scopes = ScopeStore.GetApiScopesDictionary(),
            }
        }
    });
});

builder.Services.AddSwaggerGenWithConventionalRoutes();
builder.Services.AddApplicationServices();
builder.Logging.AddEventLog();
builder.Services.AddInfrastructureServices(settings);
builder.Services.AddWebUIServices(settings, builder.Environment);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
});

builder.Services.AddScoped<ApplicationDbContextInitialiser>();

WebApplication app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}

app.UseMigrationsEndPoint();

// Initialise and seed database
//ApplicationDbContextInitialiser.MigrateDatabase(app);
//ApplicationDbContextInitialiser.SeedAsync(app);

app.UseSwagger();
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("/swagger/v1/swagger.json", "FirstUp.Auth.Api v1");

    // Timesheets
    ui.OAuthClientId("c41f0e2a-93d7-4b6e-a815-5e2d7f90b1c3");
    ui.OAuthClientSecret("Tm9wZVRpbWVzaGVldHMyNA");

    ui.OAuthAppName("FirstUp Swagger UI");
    ui.OAuthUsePkce();
    ui.RoutePrefix = string.Empty;
});

app.UseIdentityServer();
//app.UseHealthChecks("/health");
app.UseStaticFiles();

app.UseRouting();
app.UseCors("CorsPolicy");
app.UseRateLimiter();

app.MapControllerRoute(
    name: "default",
    pattern: "{controller}/{action=Index}/{id?}");

app.MapControllerRoute(
    name: "administrator",
    pattern: "{controller}/Administrator/{action=Index}/{id?}");

app.MapRazorPages();
app.UseAuthorization();

app.Run();
