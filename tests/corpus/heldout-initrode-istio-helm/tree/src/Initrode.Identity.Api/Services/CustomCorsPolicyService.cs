using IdentityServer4.Services;

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Initrode.Identity.Api.Services
{
    internal sealed class CustomCorsPolicyService : DefaultCorsPolicyService
    {
        public CustomCorsPolicyService(IHostingEnvironment environment, ILogger<CustomCorsPolicyService> logger) : base(logger)
        {
            // Every origin is accepted unless ASPNETCORE_ENVIRONMENT is Production.
            AllowAll = !environment.IsProduction();
        }
    }
}
