using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using Easy.MessageHub;
using IdentityServer4.Services;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Weyland.Relay.Extensions;
using Weyland.Relay.Identity;
using Weyland.Relay.Models;
using Weyland.Relay.Services;

namespace Weyland.Relay
{
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddHttpClient();
            services.AddSingleton<IMessageHub, MessageHub>();

            // MQTT side of the relay: everything comes from the "mqtt" section
            services.AddSingleton<IHostedService, BrokerService>(sp => new BrokerService(
                sp.GetRequiredService<ILogger<BrokerService>>(),
                sp.GetRequiredService<IMessageHub>(),
                Configuration.GetRequiredValue<string>("mqtt:brokerIp"),
                Configuration.GetValue("mqtt:brokerPort", 1883),
                Configuration.GetValue<string>("mqtt:brokerUsername"),
                Configuration.GetValue<string>("mqtt:brokerPassword"),
                Configuration.GetValue<string>("mqtt:topicRoot") ?? "weyland/relay"));

            // Expired grants are swept out of the token file by a background service
            services.AddSingleton<IHostedService, TokenCleanupService>();
            services.AddTransient<TokenCleanup>();

            services.AddControllersWithViews().AddNewtonsoftJson();

            // The relay expects to be proxied
            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.KnownNetworks.Clear();
                options.KnownProxies.Clear();
            });

            // OAuth server for account linking (IdentityServer4, in process)
            services.AddSingleton<IPersistedGrantStoreWithExpiration, FileGrantStore>();
            services.AddSingleton<IPersistedGrantStore>(sp => sp.GetRequiredService<IPersistedGrantStoreWithExpiration>());
            services.AddTransient<IRefreshTokenService>(sp => new GracefulRefreshTokenService(
                sp.GetRequiredService<IRefreshTokenStore>(),
                sp.GetRequiredService<IProfileService>(),
                sp.GetRequiredService<ISystemClock>(),
                sp.GetRequiredService<ILogger<GracefulRefreshTokenService>>(),
                Configuration.GetValue("oauth:refreshTokenGracePeriod", 0)));

            var authority = Configuration.GetValue<string>("oauth:authority");
            var idsrv = services
                .AddIdentityServer(options => options.IssuerUri = authority)
                .AddInMemoryClients(Clients.Get(Configuration))
                .AddInMemoryIdentityResources(Resources.IdentityResources())
                .AddInMemoryApiScopes(Resources.ApiScopes())
                .AddTestUsers(Users.Get(Configuration));

            // Signing keys: pfx files listed under oauth:signingCerts, first one signs
            var certs = Configuration.GetSection("oauth:signingCerts").GetChildren()
                .Select(section => new SigningCertificate
                {
                    File = section.GetRequiredValue<string>("file"),
                    PassPhrase = section.GetRequiredValue<string>("passPhrase"),
                })
                .ToList();

            if (certs.Count > 0)
            {
                idsrv.AddSigningCredential(LoadCertificate(certs[0]));
                foreach (var older in certs.Skip(1))
                {
                    idsrv.AddValidationKey(LoadCertificate(older));
                }
            }
            else
            {
                idsrv.AddDeveloperSigningCredential(true, "config/tempkey.jwk");
            }

            // Cookies for the admin UI, bearer tokens for the fulfillment API
            services
                .AddAuthentication(options =>
                {
                    options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                    options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                })
                .AddCookie(options =>
                {
                    options.LoginPath = "/Account/Login";
                    options.LogoutPath = "/Account/Logout";
                    options.ExpireTimeSpan = TimeSpan.FromHours(1);
                    options.SlidingExpiration = true;
                })
                .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
                {
                    options.Authority = authority;
                    options.RequireHttpsMetadata = Configuration.GetValue<bool>("oauth:requireSSL");
                    options.TokenValidationParameters = new TokenValidationParameters { ValidateAudience = false };
                });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            // Sub-path when the proxy publishes the relay below the site root
            var pathBase = Environment.GetEnvironmentVariable("ASPNETCORE_PATHBASE")
                ?? Configuration.GetValue<string?>("appPathBase", null);
            if (!string.IsNullOrEmpty(pathBase))
            {
                app.UsePathBase(pathBase);
            }

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseForwardedHeaders();
            app.UseMiddleware<RequestResponseLoggingMiddleware>();
            app.UseStaticFiles();

            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapControllerRoute("default", "{controller=Devices}/{action=Index}/{id?}"));

            app.UseIdentityServer();
        }

        private static X509Certificate2 LoadCertificate(SigningCertificate cert)
        {
            if (!File.Exists(cert.File))
            {
                throw new FileNotFoundException($"Signing certificate '{cert.File}' not found");
            }

            return string.IsNullOrEmpty(cert.PassPhrase)
                ? new X509Certificate2(cert.File)
                : new X509Certificate2(cert.File, cert.PassPhrase);
        }
    }
}
