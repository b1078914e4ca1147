using Initrode.Identity.Api.Services;

using IdentityServer4.Services;

using Microsoft.Extensions.DependencyInjection;

namespace Initrode.Identity.Api.Extensions
{
    public static class IdentityServiceBuilderExtensions
    {
        // Re-registers the custom services as transient after AddIdentityServer has added its defaults.
        public static void BuildCustomServices(this IIdentityServerBuilder builder)
        {
            builder.Services.AddTransient<ICorsPolicyService, CustomCorsPolicyService>();
            builder.Services.AddTransient<IProfileService, CustomProfileService>();
        }
    }
}
