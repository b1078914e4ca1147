var builder = DistributedApplication.CreateBuilder(args);

var storesApi = builder.AddProject<Projects.Proseware_Identity_DbContext>("identity-dbcontext");

builder.AddProject<Projects.Proseware_Identity>("identity", launchProfileName: "SelfHost");

builder.Build().Run();
