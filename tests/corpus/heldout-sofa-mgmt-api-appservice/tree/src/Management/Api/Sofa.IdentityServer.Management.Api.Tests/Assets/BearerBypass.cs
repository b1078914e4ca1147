using System;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Duende.IdentityServer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sofa.IdentityServer.Management.Api.Tests.Assets
{
    // Accepts every request on the local API scheme so the tests do not need real tokens.
    internal sealed class BearerBypass : AuthenticationHandler<AuthenticationSchemeOptions>
    {
        public BearerBypass(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ISystemClock clock)
            : base(options, logger, encoder, clock)
        {
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var identity = new ClaimsIdentity(new[] { new Claim("sub", Guid.NewGuid().ToString()) }, IdentityServerConstants.LocalApi.AuthenticationScheme);
            var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), IdentityServerConstants.LocalApi.AuthenticationScheme);
            return Task.FromResult(AuthenticateResult.Success(ticket));
        }
    }

    internal static class BearerBypassExtensions
    {
        public static IServiceCollection BypassLocalApiAuthentication(this IServiceCollection services) =>
            services.AddAuthenticationCore(options =>
                options.SchemeMap[IdentityServerConstants.LocalApi.AuthenticationScheme].HandlerType = typeof(BearerBypass));
    }
}
