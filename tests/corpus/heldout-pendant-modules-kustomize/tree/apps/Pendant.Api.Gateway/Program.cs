using Microsoft.AspNetCore.Authentication.JwtBearer;
using Ocelot.DependencyInjection;
using Ocelot.Middleware;
using Pendant.Kernel.Modularity;
using Pendant.Web;
using Pendant.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPendantModules<GatewayApiModule>().RegisterServices();

var app = builder.Build();
app.UsePendantModules();
app.Run();

[UsesModule<WebKernelModule>]
public sealed class GatewayApiModule : PendantModule
{
    public override void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        // Validates tokens issued by the Passport host; metadata is fetched over plain http inside the cluster.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = configuration["Jwt:Authority"];
                options.RequireHttpsMetadata = configuration.GetValue("Jwt:RequireHttpsMetadata", true);
                options.TokenValidationParameters.ValidIssuer = configuration["Jwt:ValidIssuer"];
            });

        services.AddOcelot();
    }

    public override void BuildPipeline(IServiceProvider provider)
    {
        var app = provider.GetAppBuilder();
        app.UseAuthentication();
        app.UseOcelot().Wait();
    }
}
