using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Contoso.Sso.Util
{
    public static class HostExtensions
    {
        // Set CONTOSO_BEHIND_PROXY=true when a TLS-terminating proxy sits in front.
        public static bool RunsBehindProxy(this IWebHostEnvironment env, IConfiguration config)
            => string.Equals(config["CONTOSO_BEHIND_PROXY"], "true");
    }
}
