using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityModel;
using Massive.Utils;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Novell.Directory.Ldap;

namespace Massive.IdentityServer.Helpers
{
    public static class LdapHelper
    {
        public static LdapConnection CreateConnection(IConfiguration configuration)
        {
            bool useSsl = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_UseSsl, false);
            var options = new LdapConnectionOptions();
            if (useSsl)
                options.UseSsl();
            return new LdapConnection(options);
        }

        public static async Task<LdapConnection?> ConnectAsServiceAccountAsync(IConfiguration configuration, ILogger logger)
        {
            string server = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_Server, "");
            int port = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_LdapPort, LdapConnection.DefaultPort);
            string dn = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_ServiceAccount_DN, "");
            string password = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_ServiceAccount_Password, "");

            var ldap = CreateConnection(configuration);
            try
            {
                await ldap.ConnectAsync(server, port);
                await ldap.BindAsync(LdapConnection.LdapV3, dn, password);
                return ldap;
            }
            catch (LdapException ex)
            {
                logger.LogError(ex, "Service account bind failed: " + dn);
                ldap.Dispose();
                return null;
            }
        }

        public static async Task<string> FindUserDnAsync(string user, IConfiguration configuration, ILogger logger)
        {
            using var ldap = await ConnectAsServiceAccountAsync(configuration, logger);
            if (ldap is null)
                return "";
            string usersDn = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_UsersDN, "");
            var results = await ldap.SearchAsync(usersDn, LdapConnection.ScopeSub, $"(sAMAccountName={user})", new[] { "dn" }, false);
            while (await results.HasMoreAsync())
                return (await results.NextAsync()).Dn;
            return "";
        }

        public static async Task<List<Claim>> GetClaimsAsync(string user, IConfiguration configuration, ILogger logger)
        {
            var claims = new List<Claim>();
            using var ldap = await ConnectAsServiceAccountAsync(configuration, logger);
            if (ldap is null)
                return claims;
            string usersDn = ConfigurationHelper.GetValue(configuration, MassiveIdentityKeys.ActiveDirectory_UsersDN, "");
            var results = await ldap.SearchAsync(usersDn, LdapConnection.ScopeSub, $"(sAMAccountName={user})", new[] { "givenName", "sn", "memberOf" }, false);
            while (await results.HasMoreAsync())
            {
                var entry = await results.NextAsync();
                var attributes = entry.GetAttributeSet();
                string first = attributes.TryGetValue("givenName", out var g) ? g.StringValue : "";
                string last = attributes.TryGetValue("sn", out var s) ? s.StringValue : "";
                claims.Add(new Claim(JwtClaimTypes.Name, (first + " " + last).Trim()));
                claims.Add(new Claim(JwtClaimTypes.GivenName, first));
                claims.Add(new Claim(JwtClaimTypes.FamilyName, last));
            }
            return claims;
        }
    }
}
