using Hellang.Middleware.ProblemDetails;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tyrell.Libraries.Shared.Abstractions;
using Tyrell.Libraries.Shared.Extensions;
using Tyrell.Libraries.Shared.Services;
using Tyrell.OutboxRelay;
using Tyrell.Services.IdentityService.Data;
using Tyrell.Services.IdentityService.Extensions;
using Tyrell.Services.IdentityService.Services;

var builder = WebApplication.CreateBuilder(args);

builder.AddTyrellDefaults(new()
{
    OriginAssembly = typeof(Program).Assembly,
    DisplayName = "Tyrell Motors: Identity / Customer Service"
});

builder.Services.AddControllersWithViews();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var connectionString = builder.Configuration["Database:ConnectionString"];
var migrationsAssembly = typeof(Program).Assembly.GetName().Name;

builder.Services.AddDbContext<CustomerDbContext>(options =>
    options.UseSqlServer(connectionString, sql =>
    {
        sql.MigrationsAssembly(migrationsAssembly);
        sql.EnableRetryOnFailure(maxRetryCount: 5);
    }));

builder.Services.AddIdentity<Customer, IdentityRole<Guid>>()
    .AddEntityFrameworkStores<CustomerDbContext>()
    .AddDefaultTokenProviders();

builder.Services.AddScoped<AdminAccountSeeder>();
builder.Services.AddScoped<ClientConfigurationSeeder>();

builder.Services.AddIdentityServer(options =>
{
    options.Events.RaiseErrorEvents = true;
    options.Events.RaiseInformationEvents = true;
    options.Events.RaiseFailureEvents = true;
    options.Events.RaiseSuccessEvents = true;

    options.EmitStaticAudienceClaim = true;
    options.Authentication.CookieSameSiteMode = SameSiteMode.None;
})
    .AddConfigurationStore(options =>
    {
        options.ConfigureDbContext = db => db.UseSqlServer(connectionString, sql =>
        {
            sql.MigrationsAssembly(migrationsAssembly);
            sql.EnableRetryOnFailure(maxRetryCount: 5);
        });
    })
    .AddOperationalStore(options =>
    {
        options.ConfigureDbContext = db => db.UseSqlServer(connectionString, sql =>
        {
            sql.MigrationsAssembly(migrationsAssembly);
            sql.EnableRetryOnFailure(maxRetryCount: 5);
        });

        options.EnableTokenCleanup = true;
    })
    .AddAspNetIdentity<Customer>()
    .AddExtensionGrantValidator<TokenExchangeGrantValidator>()
    .AddSigningCredential(builder.BuildSigningCredentialsFromSettings());

// the customer API hosted next to IdentityServer validates its own tokens
builder.Services.AddAuthentication()
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration["BaseUrl"];
        options.Audience = "CustomerService";
        options.RequireHttpsMetadata = false;
    });

builder.Services.AddAuthorization();
builder.Services.AddProblemDetails();

builder.Services.AddHealthChecks()
    .AddDatabaseCheck<CustomerDbContext>();

if (builder.Environment.IsDevelopment())
{
    builder.Services.AddHealthChecks()
        .AddRabbitMQBrokerCheck(builder.Configuration["RabbitMQ:ConnectionProperties:ConnectionString"]!);

    builder.Services.AddOutboxRelay<RabbitMQPublisher>(connectionString!);
}
else
{
    builder.Services.AddHealthChecks()
        .AddServiceBusTopicCheck(
            builder.Configuration["AzureServiceBus:ConnectionString"]!,
            builder.Configuration["AzureServiceBus:Topics:DeleteAccount"]!);

    builder.Services.AddOutboxRelay<AzureServiceBusPublisher>(connectionString!);
}

var app = builder.Build();

app.TrustProxyHeaders();

app.UseTyrellCookiePolicy();

app.UseProblemDetails();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
}
else
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseStaticFiles();

app.UseRouting();

app.UseIdentityServer();

app.UseAuthorization();

app.MapDefaultControllerRoute();

app.MapTyrellHealthEndpoints();

app.DelayStartupForDependencies();

app.Logger.LogInformation("Migrating and seeding databases");

await app.MigrateAndSeedAsync();

await app.RunAsync();
