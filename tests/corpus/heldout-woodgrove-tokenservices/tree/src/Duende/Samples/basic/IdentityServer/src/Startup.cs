using System;
using System.Security.Cryptography.X509Certificates;
using Duende.IdentityServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace IdentityServerHost
{
    public class Startup
    {
        public Startup(IWebHostEnvironment environment)
        {
            Environment = environment;
        }

        public IWebHostEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();

            // sample signing certificate embedded in the source
            var pfxPassword = "sample-pfx-pw";
            var pfxBase64 = "MIIBwoodgroveSAMPLEonlyNOTaREALcertificateAAAAAA";
            var certificate = new X509Certificate2(Convert.FromBase64String(pfxBase64), pfxPassword);
            var signingKey = new ECDsaSecurityKey(certificate.GetECDsaPrivateKey());

            var builder = services.AddIdentityServer(options =>
                {
                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;

                    options.EmitStaticAudienceClaim = true;
                    options.KeyManagement.Enabled = false;
                })
                .AddTestUsers(TestUsers.Users);

            builder.AddInMemoryIdentityResources(Resources.Identity);
            builder.AddInMemoryApiScopes(Resources.ApiScopes);
            builder.AddInMemoryClients(Clients.List);
            builder.AddSigningCredential(signingKey, IdentityServerConstants.ECDsaSigningAlgorithm.ES256);
        }

        public void Configure(IApplicationBuilder app)
        {
            if (Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseStaticFiles();
            app.UseRouting();
            app.UseIdentityServer();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
        }
    }
}
