using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);

// the API only validates tokens issued by Tailspin.IdentityServer
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(jwt =>
    {
        jwt.Authority = builder.Configuration["TokenService:Authority"];
        jwt.Audience = builder.Configuration["TokenService:Audience"];
    });
builder.Services.AddAuthorization();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => "Tailspin API").RequireAuthorization();

app.Run();
