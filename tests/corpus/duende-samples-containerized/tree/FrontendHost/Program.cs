var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBff();
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = "cookie";
        options.DefaultChallengeScheme = "oidc";
    })
    .AddCookie("cookie")
    .AddOpenIdConnect("oidc", options =>
    {
        options.Authority = "https://containerizedidentityserver";
        options.ClientId = "bff";
        options.ClientSecret = "secret";
    });
var app = builder.Build();
app.UseBff();
app.MapBffManagementEndpoints();
app.Run();
