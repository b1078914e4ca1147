using Microsoft.IdentityModel.Tokens;
using Ocelot.DependencyInjection;
using Ocelot.Middleware;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddAuthentication("CyberdyneIdentity")
    .AddJwtBearer("CyberdyneIdentity", jwt =>
    {
        jwt.Authority = builder.Configuration["IdentityUrl"];
        jwt.TokenValidationParameters = new TokenValidationParameters { ValidateAudience = false };
    });

var routesFile = Environment.GetEnvironmentVariable("OCELOT_CONFIG_PATH")
    ?? $"ocelot.{builder.Environment.EnvironmentName}.json";
builder.Configuration.AddJsonFile(routesFile, optional: false, reloadOnChange: true);
builder.Services.AddOcelot();
builder.Services.AddCors();

var app = builder.Build();

app.UseCors(cors => cors.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();
await app.UseOcelot();
app.Run();
