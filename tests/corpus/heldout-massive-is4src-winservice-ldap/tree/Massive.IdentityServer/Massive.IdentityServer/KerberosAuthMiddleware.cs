using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kerberos.NET;
using Kerberos.NET.Crypto;
using Massive.Utils;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Massive.IdentityServer.Helpers.Negotiate;

/// <summary>
/// Validates "Authorization: Negotiate" tickets on password-grant token requests with an empty user name
/// and passes the Windows user on in a request header. (Not registered in the pipeline.)
/// </summary>
public class KerberosAuthMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<KerberosAuthMiddleware> _logger;
    private readonly KerberosAuthenticator? _authenticator;

    public KerberosAuthMiddleware(RequestDelegate next, IConfiguration configuration, ILogger<KerberosAuthMiddleware> logger)
    {
        _next = next;
        _logger = logger;

        string keytab = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.Kerberos_KeytabPath, "");
        if (keytab != "")
        {
            try
            {
                _authenticator = new KerberosAuthenticator(new KeyTable(File.ReadAllBytes(keytab)));
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Keytab could not be read.");
            }
        }
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path == "/connect/token" && _authenticator is not null &&
            context.Request.HasFormContentType && string.IsNullOrEmpty(context.Request.Form["username"]))
        {
            string header = context.Request.Headers.Authorization.FirstOrDefault() ?? "";
            if (!header.StartsWith("Negotiate ", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers["WWW-Authenticate"] = "Negotiate";
                return;
            }

            var identity = await _authenticator.Authenticate(header.Substring("Negotiate ".Length).Trim());
            string name = identity?.Name ?? "";
            int at = name.IndexOf('@');
            if (at > 0)
                name = name.Substring(0, at);
            if (name != "")
                context.Request.Headers[MassiveIdentityKeys.KerberosUserHeader] = name;
        }

        await _next(context);
    }
}
