using Globex.Core;
using Globex.Infrastructure.Authorization.Extensions;

// Catalog API: a resource server for tokens issued by the account service.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCoreServices();
builder.Services.AddGlobexControllers();

builder.Services.AddAuthentication("Bearer")
    .AddJwtBearer("Bearer", o =>
    {
        o.Authority = builder.Configuration["Identity:Authority"];
        o.TokenValidationParameters.ValidateAudience = false;
    });
builder.Services.AddGlobexAuthorization("catalog.fullaccess");

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();
