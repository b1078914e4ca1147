var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var identityDb = postgres.AddDatabase("identitydb");

builder.AddProject<Projects.Identity_API>("identity-api", launchProfileName: "https")
    .WithExternalHttpEndpoints()
    .WithReference(identityDb);

builder.Build().Run();
