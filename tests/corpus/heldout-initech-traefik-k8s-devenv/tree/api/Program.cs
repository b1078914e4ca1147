using api;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using TpsShared;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsEnvironment("Testing"))
{
    builder.Services.AddDbContext<ReportsDbContext>(o => o.UseInMemoryDatabase($"Reports_{Guid.NewGuid()}"));
}
else
{
    builder.Services.AddDbContext<ReportsDbContext>(o =>
        o.UseSqlServer(builder.Configuration.GetConnectionString("DefaultConnection")));
}

builder.Services.AddAuthentication("Bearer")
    .AddJwtBearer("Bearer", options =>
    {
        options.Authority = builder.Configuration["Authentication:Authority"] ?? "http://localhost:5002";
        options.Audience = builder.Configuration["Authentication:Audience"] ?? "tps-api";
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters.ValidIssuers = new[]
        {
            "https://tps.initech.local",
            "http://identity-service",
            builder.Configuration["Authentication:ValidIssuer"] ?? "https://tps.initech.local"
        };
    });

builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    options.KnownNetworks.Clear();
    options.KnownProxies.Clear();
});

builder.Services.AddCors(options => options.AddPolicy("Portal", policy => policy
    .WithOrigins("https://tps.initech.local", "http://localhost", "http://localhost:5001")
    .AllowAnyHeader()
    .AllowAnyMethod()
    .AllowCredentials()));

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();
builder.Services.AddScoped<ITpsReportService, TpsReportService>();

var app = builder.Build();

await ReportsDbContext.MigrateWithRetryAsync(app.Services);

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI(ui =>
    {
        ui.OAuthClientId("tps-apidocs");
        ui.OAuthUsePkce();
    });
}
else
{
    app.UseExceptionHandler("/error");
}

app.UseForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseHttpsRedirection();
}

app.UseCors("Portal");
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.MapGet("/health", async (ReportsDbContext db) =>
    await db.Database.CanConnectAsync()
        ? Results.Ok(new { status = "healthy" })
        : Results.Problem(statusCode: 503));

app.Map("/error", () => Results.Problem("Unexpected error"));

await app.RunAsync();

public partial class Program
{
}
