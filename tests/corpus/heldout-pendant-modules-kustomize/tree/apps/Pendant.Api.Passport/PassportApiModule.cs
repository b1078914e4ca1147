using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Pendant.Kernel.Modularity;
using Pendant.Members;
using Pendant.Passport.Services;
using Pendant.Web;
using Pendant.Web.Hosting;

namespace Pendant.Passport;

[UsesModule<WebKernelModule>]
[UsesModule<MembersInfrastructureModule>]
public sealed class PassportApiModule : PendantModule
{
    public override void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<Member, MemberRole>()
            .AddDefaultTokenProviders();

        var signOn = configuration.GetSection("Passport");

        services.AddIdentityServer(options =>
            {
                options.IssuerUri = signOn.GetValue<string>("IssuerUri");
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;
            })
            .AddInMemoryIdentityResources(IdentityResourceCatalog.All)
            .AddInMemoryApiResources(signOn.GetSection("ApiResources"))
            .AddInMemoryApiScopes(signOn.GetSection("ApiScopes"))
            .AddInMemoryClients(signOn.GetSection("Clients"))
            .AddAspNetIdentity<Member>()
            .AddProfileService<MemberProfileService>()
            // temporary until real key material is provisioned
            .AddDeveloperSigningCredential();
    }

    public override void BeforePipeline(IServiceProvider provider)
    {
        var app = provider.GetAppBuilder();

        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto
        });

        app.UseStaticFiles();
    }

    public override void BuildPipeline(IServiceProvider provider)
    {
        var app = provider.GetAppBuilder();

        app.UseDeveloperExceptionPage();
        app.UseIdentityServer();
    }
}
