using System;
using System.Threading.Tasks;
using IdentityModel;
using IdentityServer4.Validation;
using Massive.IdentityServer.Helpers;
using Massive.Utils;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Novell.Directory.Ldap;

namespace Massive.IdentityServer;

/// <summary>Password grant checked by an LDAP bind against Active Directory.</summary>
public class DirectoryPasswordValidator : IResourceOwnerPasswordValidator
{
    private readonly IHttpContextAccessor _http;
    private readonly ILogger<DirectoryPasswordValidator> _logger;
    private readonly IConfiguration _configuration;

    public DirectoryPasswordValidator(IHttpContextAccessor http, ILogger<DirectoryPasswordValidator> logger, IConfiguration configuration)
    {
        _http = http;
        _logger = logger;
        _configuration = configuration;
    }

    public async Task ValidateAsync(ResourceOwnerPasswordValidationContext context)
    {
        string user = context.UserName.ToLowerInvariant();
        var httpContext = _http.HttpContext;

        try
        {
            // an empty user name means Windows sign-in: take the name the Kerberos middleware put in the header
            if (httpContext is not null && string.IsNullOrEmpty(user))
            {
                string kerberosUser = httpContext.Request.Headers[MassiveIdentityKeys.KerberosUserHeader].ToString().ToLowerInvariant();
                if (kerberosUser != "")
                    context.Result = new GrantValidationResult(kerberosUser, OidcConstants.AuthenticationMethods.Password, DateTime.UtcNow);
                return;
            }

            if (IdentityServerConfig.TestUsers(_configuration).TryGetValue(user, out var testUser))
            {
                if (context.Password == testUser.Password)
                    context.Result = new GrantValidationResult(user, OidcConstants.AuthenticationMethods.Password, DateTime.UtcNow);
                return;
            }

            string dn = await LdapHelper.FindUserDnAsync(user, _configuration, _logger);
            if (dn == "")
            {
                _logger.LogError("User not found in the directory: " + user);
                return;
            }

            using var ldap = LdapHelper.CreateConnection(_configuration);
            string server = ConfigurationHelper.GetValue(_configuration, MassiveIdentityKeys.ActiveDirectory_Server, "");
            int port = ConfigurationHelper.GetValue(_configuration, MassiveIdentityKeys.ActiveDirectory_LdapPort, LdapConnection.DefaultPort);
            await ldap.ConnectAsync(server, port);
            await ldap.BindAsync(LdapConnection.LdapV3, dn, context.Password);

            context.Result = new GrantValidationResult(user, OidcConstants.AuthenticationMethods.Password, DateTime.UtcNow);
        }
        catch (LdapException ex)
        {
            _logger.LogError(ex, "LDAP bind failed for " + user);
        }
    }
}
