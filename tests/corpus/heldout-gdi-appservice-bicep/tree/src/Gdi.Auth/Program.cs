using System.Threading.RateLimiting;
using Gdi.Auth;
using Gdi.Auth.Admin;
using Gdi.Auth.Constants;
using Gdi.Auth.Data;
using Gdi.Auth.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(new RenderedCompactJsonFormatter()));

builder.Services.AddDbContext<UsersDbContext>(options =>
    options.UseSelectedProvider(builder.Configuration, ConnectionNames.Users));

builder.Services.AddIdentity<IdentityUser, IdentityRole>()
    .AddEntityFrameworkStores<UsersDbContext>()
    .AddDefaultTokenProviders();

var idsrv = builder.Services
    .AddIdentityServer()
    .AddAspNetIdentity<IdentityUser>()
    .AddConfigurationStore(store =>
        store.ConfigureDbContext = db =>
            db.UseSelectedProvider(builder.Configuration, ConnectionNames.Configuration, ConnectionNames.MigrationsAssembly))
    .AddOperationalStore(store =>
        store.ConfigureDbContext = db =>
            db.UseSelectedProvider(builder.Configuration, ConnectionNames.Grants, ConnectionNames.MigrationsAssembly));

if (builder.Environment.IsDevelopment())
    idsrv.AddDeveloperSigningCredential();
// Outside Development, automatic key management keeps the signing keys in the operational store.

builder.Services.AddAuthentication()
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration[SettingKeys.Authority];
        options.TokenValidationParameters.ValidAudiences = [ScopeNames.Admin, ScopeNames.View];
    });

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy(Policies.Manage, policy =>
    {
        policy.AuthenticationSchemes.Add(JwtBearerDefaults.AuthenticationScheme);
        policy.RequireClaim("scope", ScopeNames.Admin);
    });
    options.AddPolicy(Policies.Read, policy =>
    {
        policy.AuthenticationSchemes.Add(JwtBearerDefaults.AuthenticationScheme);
        policy.RequireClaim("scope", ScopeNames.Admin, ScopeNames.View);
    });
});

builder.Services.AddRateLimiter(options =>
{
    options.AddFixedWindowLimiter(Policies.Throttle, window =>
    {
        window.PermitLimit = 60;
        window.Window = TimeSpan.FromMinutes(1);
        window.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
        window.QueueLimit = 0;
    });
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
});

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler(handler =>
    handler.Run(async context =>
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await Results.Problem(title: "Something went wrong.", statusCode: 500).ExecuteAsync(context);
    }));

if (!app.Environment.IsDevelopment())
    app.UseHsts();

app.Use(async (context, next) =>
{
    context.Response.Headers.Append("X-Content-Type-Options", "nosniff");
    context.Response.Headers.Append("X-Frame-Options", "DENY");
    context.Response.Headers.Append("Referrer-Policy", "no-referrer");
    await next();
});

app.UseSerilogRequestLogging();

app.UseRateLimiter();

await StartupSeeder.RunAsync(app.Services);

app.UseIdentityServer();
app.UseAuthorization();

app.MapOpenApi();
app.MapScalarApiReference(options => options.WithTitle("Gdi.Auth"));

app.MapManagementEndpoints();

app.Run();
