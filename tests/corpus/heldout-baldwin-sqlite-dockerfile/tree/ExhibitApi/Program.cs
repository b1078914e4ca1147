using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

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
        policy.RequireClaim("scope", "exhibitApi");
    });
});

builder.Services.AddSwaggerGen();

var connection = builder.Configuration["MySqlConnection:MySqlConnectionString"];
builder.Services.AddDbContext<ExhibitContext>(options =>
    options.UseMySql(connection, new MySqlServerVersion(new Version(5, 7))));

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseHttpsRedirection();

app.MapGet("identity", (ClaimsPrincipal user) => user.Claims.Select(c => new { c.Type, c.Value }))
    .RequireAuthorization("ApiScope");

app.MapGet("exhibit", async (ExhibitContext db) => Results.Ok(await db.Exhibits.ToListAsync()))
    .RequireAuthorization("ApiScope");

app.Run();

public class Exhibit
{
    public long Id { get; set; }
    public string Title { get; set; } = "";
    public string Hall { get; set; } = "";
}

public class ExhibitContext : DbContext
{
    public ExhibitContext(DbContextOptions<ExhibitContext> options) : base(options) { }

    public DbSet<Exhibit> Exhibits => Set<Exhibit>();
}
