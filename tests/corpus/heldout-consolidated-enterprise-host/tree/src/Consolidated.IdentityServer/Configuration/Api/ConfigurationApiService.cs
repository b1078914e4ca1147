using Duende.IdentityServer.Configuration;
using Duende.IdentityServer.Configuration.EntityFramework;

namespace Consolidated.IdentityServer.Configuration.Api;

public static class ConfigurationApiService
{
    public const string DcrPolicyName = "DCR";

    public static WebApplicationBuilder AddConfigurationApi(this WebApplicationBuilder builder)
    {
        // Dynamic client registration (business edition).
        builder.Services.AddIdentityServerConfiguration(opt =>
        {
            //opt.LicenseKey = "";
        }).AddClientConfigurationStore();

        return builder;
    }

    public static void UseConfigurationApi(this WebApplication app)
    {
        app.MapDynamicClientRegistration()
            .WithName("DCR")
            .RequireAuthorization(DcrPolicyName);
    }
}
