using System;
using System.Threading;
using System.Threading.Tasks;
using Humongous.Sso.Core.Models.Config;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Novell.Directory.Ldap;

namespace Humongous.Sso.Auth.HealthChecks
{
    public class OpenLdapHealthCheck : IHealthCheck
    {
        private readonly AppSettings settings;

        public OpenLdapHealthCheck(AppSettings settings) => this.settings = settings;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                using var connection = new LdapConnection();
                connection.Connect(this.settings.LdapServer.Url, this.settings.LdapServer.Port);
                connection.Bind(this.settings.LdapServer.BindDn, this.settings.LdapServer.BindCredentials);
                return Task.FromResult(HealthCheckResult.Healthy("directory reachable"));
            }
            catch (Exception ex)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("directory unreachable", ex));
            }
        }
    }
}
