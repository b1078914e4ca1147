using Pendant.Passport;
using Pendant.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddPendantModules<PassportApiModule>()
    .RegisterServices();

var app = builder.Build();
app.UsePendantModules();

app.Run();
