using Azure.Security.KeyVault.Keys;
using HealthChecks.UI.Client;
using IdentityServer4.Contrib.RavenDB.Stores;
using IdentityServer4.Services;
using idunno.Authentication.Basic;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;
using Raven.Client.Documents;
using Raven.Identity;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Tailspin.Identity.Core;
using Tailspin.Passport.Infrastructure;
using Tailspin.PasswordRules;

namespace Tailspin.Passport
{
    public class Startup
    {
        public Startup(IConfiguration configuration) => Configuration = configuration;

        public IConfiguration Configuration { get; }

        private X509Certificate2? _ravenClientCertificate;

        public void ConfigureServices(IServiceCollection services)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardLimit = 2;
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            });

            services.AddMemoryCache();

            var keyRing = services.AddDataProtection()
                .SetApplicationName(Configuration["KeyRing:ApplicationName"]);

            if (VaultCredentials.VaultUri != null)
            {
                var wrappingKey = new KeyClient(new Uri(VaultCredentials.VaultUri), VaultCredentials.Resolve())
                    .GetKey(Configuration["KeyRing:WrappingKeyName"] ?? "passport-keyring");

                keyRing
                    .ProtectKeysWithAzureKeyVault(wrappingKey.Value.Id, VaultCredentials.Resolve())
                    .PersistKeysToAzureBlobStorage(new Uri(Configuration["KeyRing:BlobUri"]));
            }

            // external sign-in state is parked in the distributed cache instead of the query string
            services.AddDistributedMemoryCache();
            services.AddOidcStateDataFormatterCache();

            services.AddAuthorization(o =>
            {
                o.AddPolicy("ScrapeMetrics", p => p.AddAuthenticationSchemes("ScraperBasic").RequireAuthenticatedUser());
            });

            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(o => { o.Cookie.Name = "tsp.passport"; o.LoginPath = "/signin"; o.LogoutPath = "/signout"; })
                .AddBasic("ScraperBasic", o =>
                {
                    o.Realm = "metrics";
                    o.Events = new BasicAuthenticationEvents
                    {
                        OnValidateCredentials = ctx =>
                        {
                            if (ctx.Username == Configuration["Scraper:User"] && ctx.Password == Configuration["Scraper:Password"])
                            {
                                var who = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, ctx.Username) }, ctx.Scheme.Name);
                                ctx.Principal = new ClaimsPrincipal(who);
                                ctx.Success();
                            }
                            return Task.CompletedTask;
                        }
                    };
                });

            services.AddIdentity<PassportUser, IdentityRole>()
                .AddDefaultTokenProviders()
                .AddPasswordValidator<NoUserNameInPasswordRule<PassportUser>>();

            var idsrv = services.AddIdentityServer(o =>
            {
                o.Events.RaiseSuccessEvents = true;
                o.Events.RaiseFailureEvents = true;
                o.Events.RaiseErrorEvents = true;
                o.Events.RaiseInformationEvents = true;

                o.UserInteraction.LoginUrl = "/signin";
                o.UserInteraction.LogoutUrl = "/signout";
            })
                .AddPersistedGrantStore<RavenDBPersistedGrantStore>()
                .AddClientStore<RavenDBClientStore>()
                .AddResourceStore<RavenDBResourceStore>()
                .AddCorsPolicyService<CorsPolicyService>()
                .AddAspNetIdentity<PassportUser>();

            if (VaultCredentials.VaultUri != null)
                _ravenClientCertificate = VaultCredentials.LoadCertificate("ravendb-client");

            services.AddSingleton<IDocumentStore>(_ => new DocumentStore
            {
                Urls = Configuration.GetSection("Raven:Urls").Get<string[]>(),
                Database = Configuration["Raven:Database"],
                Certificate = _ravenClientCertificate
            }.Initialize());
            services.AddScoped(sp => sp.GetRequiredService<IDocumentStore>().OpenAsyncSession());

            services.AddHealthChecks()
                .AddRavenDB(r =>
                {
                    r.Urls = Configuration.GetSection("Raven:Urls").Get<string[]>();
                    r.Database = Configuration["Raven:Database"];
                    r.Certificate = _ravenClientCertificate;
                }, "ravendb", timeout: TimeSpan.FromSeconds(2));

            try
            {
                idsrv.AddSigningCredential(VaultCredentials.LoadCertificate("passport-token-signing"), "RS256");
            }
            catch
            {
                // vault unreachable: boot anyway with a throwaway key
                idsrv.AddDeveloperSigningCredential();
            }

            services.AddSingleton<IEventSink, LedgerEventSink>();

            // services.AddOpenTelemetryTracing(t => t.AddAspNetCoreInstrumentation().AddConsoleExporter());
            // services.AddOpenTelemetryMetrics(m => m.AddAspNetCoreInstrumentation());

            services.AddControllersWithViews();
            services.AddRazorPages();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseExceptionHandler("/oops");

            var proxyHeaders = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.All,
                ForwardedForHeaderName = "CF-Connecting-IP"
            };
            proxyHeaders.KnownNetworks.Clear();
            proxyHeaders.KnownProxies.Clear();
            app.UseForwardedHeaders(proxyHeaders);

            app.UseHsts();
            //app.UseHttpsRedirection();

            app.UseStaticFiles();

            var headerPolicy = new HeaderPolicyCollection()
                .AddFrameOptionsDeny()
                .AddContentTypeOptionsNoSniff()
                .AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 365 * 24 * 60 * 60)
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .RemoveServerHeader();

            app.UseCookiePolicy(new CookiePolicyOptions
            {
                Secure = CookieSecurePolicy.Always,
                MinimumSameSitePolicy = SameSiteMode.None
            });

            app.UseRouting();
            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseSecurityHeaders(headerPolicy);

            app.UseHealthChecks(Configuration["Probes:DetailedPath"], new HealthCheckOptions
            {
                Predicate = _ => true,
                ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
            });
            app.UseHealthChecks(Configuration["Probes:QuickPath"], new HealthCheckOptions
            {
                Predicate = check => check.FailureStatus == HealthStatus.Unhealthy
            });

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
                endpoints.MapRazorPages();
                endpoints.MapMetrics().RequireAuthorization("ScrapeMetrics");
            });
        }
    }
}
