using Cyberdyne.Reels.Api;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddAuthentication("Bearer")
    .AddJwtBearer("Bearer", jwt =>
    {
        jwt.Authority = builder.Configuration["IdentityUrl"];
        jwt.Audience = "reels";
    });
builder.Services.AddSingleton<IReelStore, MongoReelStore>();

var app = builder.Build();

app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();

public partial class Program { }
