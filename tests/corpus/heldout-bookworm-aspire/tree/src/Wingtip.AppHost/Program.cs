using Wingtip.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

// every project resource gets ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
builder.TrustProxyHeadersEverywhere();

var dbUser = builder.AddParameter("PgUser", secret: true);
var dbPassword = builder.AddParameter("PgPassword", secret: true);

var profile = builder.Configuration["DOTNET_LAUNCH_PROFILE"] ?? "http";

var pg = builder.AddPostgres("pg", dbUser, dbPassword, 5432)
    .WithDataBindMount("../../mnt/pg");

var cache = builder.AddRedis("cache", 6379)
    .WithDataBindMount("../../mnt/cache");

var accountsDb = pg.AddDatabase("accountsdb");
var shelfDb = pg.AddDatabase("shelfdb");

var identity = builder.AddProject<Projects.Wingtip_Identity>("identity-api")
    .WithReference(accountsDb)
    .WithReference(cache)
    .WithExternalHttpEndpoints();

var catalog = builder.AddProject<Projects.Wingtip_Catalog>("catalog-api")
    .WithReference(shelfDb)
    .WithReference(cache)
    .WaitFor(cache)
    .WithEnvironment("Authority__Url", identity.GetEndpoint(profile));

identity
    .WithEnvironment("Urls__Catalog", catalog.GetEndpoint(profile))
    .WithEnvironment("Urls__Storefront", "https://shop.wingtip.example.test");

builder.Build().Run();
