using IdentityServerHost;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.ConfigureIdentityServer();
builder.Services.AddRazorPages();

var app = builder.Build();
app.ConfigurePipeline();
app.Run();
