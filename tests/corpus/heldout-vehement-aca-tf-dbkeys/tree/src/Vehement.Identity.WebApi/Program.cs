using System.Globalization;
using Duende.IdentityServer;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Vehement.Identity.Persistence;
using Vehement.Identity.WebApi.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.AddVehementTelemetry();
builder.Services.AddMediator();
builder.Services.AddVehementBus(builder.Configuration);
builder.Services.AddIdentityServerWithOperationalStore(builder.Configuration, builder.Environment);
builder.Services.AddAuthorization();
builder.Services.AddRazorPages();
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.AllowAnyOrigin()));
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");

var external = builder.Configuration.GetSection("Authentication");
builder.Services.AddAuthentication()
    .AddGoogle(o =>
    {
        o.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
        o.ClientId = external["Google:ClientId"]!;
        o.ClientSecret = external["Google:ClientSecret"]!;
    })
    .AddDiscord(o =>
    {
        o.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
        o.ClientId = external["Discord:ClientId"]!;
        o.ClientSecret = external["Discord:ClientSecret"]!;
        o.Scope.Add("email");
    })
    .AddTwitch(o =>
    {
        o.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
        o.ClientId = external["Twitch:ClientId"]!;
        o.ClientSecret = external["Twitch:ClientSecret"]!;
    });

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var cultures = new[] { "en", "es", "fr" }.Select(c => new CultureInfo(c)).ToList();
builder.Services.Configure<RequestLocalizationOptions>(o =>
{
    o.DefaultRequestCulture = new RequestCulture("en");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
});

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
    app.UseDeveloperExceptionPage();
}

app.Use(async (ctx, next) =>
{
    ctx.Response.Headers.Append("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'");
    await next();
});

app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
app.UseHttpsRedirection();
app.UseCors();
app.UseStaticFiles();
app.UseRouting();
app.UseIdentityServer();
app.UseAuthorization();

app.MapRazorPages().RequireAuthorization();

var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
if (database.MigrateOnStartup)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<VehementIdentityDbMigrator>().MigrateAsync();
}

await app.RunAsync();
