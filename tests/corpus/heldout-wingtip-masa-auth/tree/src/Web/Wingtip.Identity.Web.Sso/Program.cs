// Wingtip Identity: single sign-on site for every Wingtip back-office product.

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAutoInject();

await builder.Services.AddMasaStackConfigAsync(MasaStackProject.Auth, MasaStackApp.SSO);
var stackConfig = builder.Services.GetMasaStackConfig();

builder.Services.AddRazorPages();
builder.Services.AddServerSideBlazor();
builder.Services.AddMasaBlazor().AddI18nForServer("wwwroot/i18n");
builder.Services.AddHttpContextAccessor();
builder.Services.AddHealthChecks();
builder.Services.AddMasaIdentity();

#if DEBUG
builder.Services.AddCors(cors =>
{
    cors.AddPolicy("LocalTooling", policy =>
        policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
});
#endif

StackExchangeRedisInstrumentation redisTracing = default!;
var adminApiUrl = stackConfig.GetAuthServiceDomain();

builder.Services.AddObservable(builder.Logging, new MasaObservableOptions
{
    ServiceNameSpace = builder.Environment.EnvironmentName,
    ServiceVersion = stackConfig.Version,
    ServiceName = "wingtip-identity-sso",
    ServiceInstanceId = builder.Configuration.GetValue<string>("HOSTNAME")!
}, stackConfig.OtlpUrl, true, traceInstrumentConfig: tracing =>
{
    tracing.AddRedisInstrumentation()
           .ConfigureRedisInstrumentation(instrumentation => redisTracing = instrumentation);
});

var cacheOptions = new RedisConfigurationOptions
{
    Servers = new List<RedisServerOptions>
    {
        new() { Host = stackConfig.RedisModel.RedisHost, Port = stackConfig.RedisModel.RedisPort }
    },
    DefaultDatabase = stackConfig.RedisModel.RedisDb,
    Password = stackConfig.RedisModel.RedisPassword
};

builder.Services.AddAuthClient(adminApiUrl, cacheOptions);
builder.Services.AddTransient<IConsentMessageStore, ConsentCacheStore>();
builder.Services.AddScoped<IEventSink, SessionTrackingEventSink>();
builder.Services.AddMultilevelCache(distributed => distributed.UseStackExchangeRedisCache(cacheOptions));

var identityDb = stackConfig.GetConnectionString("wingtip-identity");

builder.Services.AddDbContext<PersistedGrantDbContext>(db => db.UseNpgsql(identityDb));

var signIn = builder.Services.AddOidcCacheStorage(cacheOptions)
    .AddIdentityServer(options =>
    {
        options.UserInteraction.ErrorUrl = "/error/500";
        options.Events.RaiseSuccessEvents = true;
    })
    .AddOperationalStore<PersistedGrantDbContext>(store =>
    {
        var grantsAssembly = typeof(PersistedGrantDbContext).Assembly.GetName().Name;
        store.ConfigureDbContext = db => db.UseNpgsql(identityDb, npgsql => npgsql.MigrationsAssembly(grantsAssembly));
        store.EnableTokenCleanup = true;
        store.PersistedGrants = new TableConfiguration("PersistedGrant", "identity");
        store.DeviceFlowCodes = new TableConfiguration("DeviceFlowCodes", "identity");
    })
    .AddClientStore<WingtipClientStore>()
    .AddResourceStore<WingtipResourceStore>()
    .AddProfileService<WingtipProfileService>();

if (builder.Environment.IsDevelopment())
{
    signIn.AddDeveloperSigningCredential();
}
else
{
    // the same PEM pair serves Kestrel's TLS and signs the tokens
    var pem = X509Certificate2.CreateFromPemFile("./ssl/tls.crt", "./ssl/tls.key");
    builder.WebHost.UseKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = pem));
    signIn.AddSigningCredential(pem);
}

var keyRingRedis = ConnectionMultiplexer.Connect((ConfigurationOptions)cacheOptions);
builder.Services.AddSingleton<IConnectionMultiplexer>(keyRingRedis);
builder.Services.AddDataProtection()
    .PersistKeysToStackExchangeRedis(keyRingRedis);

builder.Services.AddScoped<AuthenticationStateProvider, WingtipAuthenticationStateProvider>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.Use(async (context, next) =>
{
    context.Response.Headers["X-Content-Type-Options"] = "nosniff";
    context.Response.Headers["X-Frame-Options"] = "SAMEORIGIN";
    context.Response.Headers["Referrer-Policy"] = "no-referrer";
    await next();
});

app.UseStaticFiles();
app.UseRouting();

#if DEBUG
app.UseCors("LocalTooling");
#endif

app.UseIdentityServer();
app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Lax });
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapControllers();
app.MapBlazorHub();
app.MapFallbackToPage("/_Host");

app.Run();
