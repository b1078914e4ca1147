using IdentityServerHost;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, lc) => lc.WriteTo.Console().ReadFrom.Configuration(ctx.Configuration));
builder.AddServiceDefaults();
builder.ConfigureIdentityServer();
builder.Services.AddRazorPages();

var app = builder.Build();
app.ConfigurePipeline();
app.Run();
