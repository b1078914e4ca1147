using Duende.IdentityServer;
using Sofa.IdentityServer.Management.Api;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();

builder.Services.Configure<ManagementApiOptions>(options =>
{
    options.BasePath = "/manage";
});

builder.Services.AddIdentityServer()
    .AddDeveloperSigningCredential()
    .AddInMemoryApiScopes(DemoConfig.ApiScopes)
    .AddInMemoryApiResources(DemoConfig.ApiResources)
    .AddInMemoryClients(DemoConfig.Clients)
    .AddInMemoryManagementApi();

builder.Services.AddLocalApiAuthentication();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();

app.UseRouting();

app.UseIdentityServer();
app.UseAuthorization();

app.UseIdentityServerManagementApi()
    .RequireAuthorization(IdentityServerConstants.LocalApi.PolicyName);

app.MapRazorPages();

app.Run();
