// Local development orchestration (.NET Aspire); not used by the cluster deployment.
var builder = DistributedApplication.CreateBuilder(args);

var adminFrontendSecret = builder.AddParameter("admin-frontend-clientsecret", "secret", secret: true);
var postgresPassword = builder.AddParameter("postgres-password", secret: true);

var postgres = builder.AddPostgres("postgres", password: postgresPassword, port: 7010)
    .WithDataVolume("identity-pg-data");
var identityDb = postgres.AddDatabase("identitydb", "identity");

var identity = builder.AddProject<Projects.Monarch_Identity>("identity")
    .WithReference(identityDb)
    .WithEnvironment("ConnectionStrings__IdentityConnection", identityDb)
    .WithEnvironment("IdentityServer__IssuerUri", "http://localhost:7020")
    .WithEndpoint("http", e => { e.Port = 7020; e.TargetPort = 7020; e.IsProxied = false; })
    .WaitFor(identityDb);

builder.AddProject<Projects.Monarch_Identity_DataSeeder>("seeder")
    .WithReference(identityDb)
    .WithEnvironment("ConnectionStrings__IdentityConnection", identityDb)
    .WithEnvironment("AdminFrontend__ClientSecret", adminFrontendSecret)
    .WithExplicitStart();

var adminApi = builder.AddProject<Projects.Monarch_Identity_Admin_Api>("admin-api")
    .WithEnvironment("ConnectionStrings__IdentityConnection", identityDb)
    .WithEnvironment("IdentityServer__Authority", identity.GetEndpoint("http"))
    .WaitFor(identity);

builder.AddProject<Projects.Monarch_Identity_Admin_Frontend>("admin-frontend")
    .WithEnvironment("OidcProxySettings__Oidc__Authority", identity.GetEndpoint("http"))
    .WithEnvironment("OidcProxySettings__Oidc__ClientId", "identity.admin.frontend")
    .WithEnvironment("OidcProxySettings__Oidc__ClientSecret", adminFrontendSecret)
    .WithEnvironment("OidcProxySettings__ReverseProxy__Clusters__adminApi__Destinations__destination1__Address", adminApi.GetEndpoint("http"))
    .WaitFor(adminApi);

await builder.Build().RunAsync();
