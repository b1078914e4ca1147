// Local orchestration only: Kubernetes (k8s/) is what runs in dev/prod.
var builder = DistributedApplication.CreateBuilder(args);

var bffSecret = builder.AddParameter("bff-client-secret", secret: true);

var marketDb = builder.AddPostgres("postgres")
    .WithDataVolume()
    .AddDatabase("dundermarket");

// Fixed https ports: the two services reference each other's endpoint, which a
// dynamically allocated port cannot resolve before the process starts.
var identity = builder.AddProject<Projects.Dunder_Market_Identity>("identity")
    .WithHttpsEndpoint(port: 6051, name: "https")
    .WithReference(marketDb)
    .WaitFor(marketDb);

var api = builder.AddProject<Projects.Dunder_Market_Api>("marketapi")
    .WithHttpsEndpoint(port: 6050, name: "https")
    .WithReference(marketDb)
    .WaitFor(marketDb)
    .WithReference(identity)
    .WaitFor(identity)
    .WithEnvironment("Identity__Authority", identity.GetEndpoint("https"))
    .WithEnvironment("Bff__ClientSecret", bffSecret);

api.WithEnvironment("Bff__Origin", api.GetEndpoint("https"));

identity
    .WithEnvironment("Bff__Origin", api.GetEndpoint("https"))
    .WithEnvironment("Bff__ClientSecret", bffSecret);

var storefront = builder.AddViteApp("storefront", "../../application/storefront")
    .WithReference(api);

api.WithEnvironment("Frontend__DevServerUrl", storefront.GetEndpoint("http"));

builder.Build().Run();
