using Wingtip.Identity;

var builder = WebApplication.CreateBuilder(args);

builder
    .AddAccountServices()
    .Build()
    .UseAccountPipeline()
    .Run();
