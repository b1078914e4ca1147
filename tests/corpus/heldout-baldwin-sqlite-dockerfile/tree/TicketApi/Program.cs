using System.Security.Claims;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication()
    .AddJwtBearer(options =>
    {
        options.Authority = "https://localhost:5101";
        options.TokenValidationParameters.ValidateAudience = false;
    });

builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("ApiScope", policy =>
    {
        policy.RequireAuthenticatedUser();
        policy.RequireClaim("scope", "ticketApi");
    });
});

var app = builder.Build();

app.UseHttpsRedirection();

app.MapGet("ticket/{id}", (string id, ClaimsPrincipal user) =>
        Results.Ok(new { id, holder = user.FindFirstValue("sub") }))
    .RequireAuthorization("ApiScope");

app.Run();
