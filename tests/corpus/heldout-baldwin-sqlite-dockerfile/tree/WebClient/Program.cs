var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();

builder.Services.AddAuthentication(options =>
{
    options.DefaultScheme = "Cookies";
    options.DefaultChallengeScheme = "oidc";
})
    .AddCookie("Cookies")
    .AddOpenIdConnect("oidc", options =>
    {
        options.Authority = "https://localhost:5101";

        options.ClientId = "visitor-portal";
        options.ClientSecret = "planetarium";
        options.ResponseType = "code";

        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Scope.Add("membership");
        options.Scope.Add("exhibitApi");
        options.Scope.Add("ticketApi");

        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.SaveTokens = true;
    });

builder.Services.AddUserAccessTokenHttpClient("exhibitApi", configureClient: client =>
{
    client.BaseAddress = new Uri("https://localhost:6101");
});

builder.Services.AddUserAccessTokenHttpClient("ticketApi", configureClient: client =>
{
    client.BaseAddress = new Uri("https://localhost:7301");
});

builder.Services.AddOpenIdConnectAccessTokenManagement();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();

app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages().RequireAuthorization();

app.Run();
