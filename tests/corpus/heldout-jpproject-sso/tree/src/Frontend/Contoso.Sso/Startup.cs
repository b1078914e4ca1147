using Contoso.Data.Context;
using Contoso.Sso.Configuration;
using Contoso.Sso.Util;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Contoso.Sso
{
    public class Startup
    {
        private readonly IWebHostEnvironment _env;
        public IConfiguration Configuration { get; }

        public Startup(IConfiguration configuration, IWebHostEnvironment env)
        {
            Configuration = configuration;
            _env = env;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();
            services.AddRazorPages();

            services.AddApplicationInsightsTelemetry();

            services.AddStoreContext<IdentityStoreContext>(Database);

            services
                .AddIdentity<AccountUser, AccountRole>()
                .AddEntityFrameworkStores<IdentityStoreContext>()
                .AddDefaultTokenProviders();

            services
                .AddIdentityServer(options =>
                {
                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                })
                .AddAspNetIdentity<AccountUser>()
                .UseStoreEngine(Database, _env)
                .AddProfileService<AccountProfileService>()
                // Key ring + JWKS in the database so that several instances agree.
                .AddSharedKeyMaterial();

            services.AddExternalLogins(Configuration);

            services.AddScoped<IEventSink, AuditEventSink>();
            services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else if (env.IsProduction() && !env.RunsBehindProxy(Configuration))
            {
                app.UseHttpsRedirection();
                app.UseHsts(h => h.MaxAge(days: 365));
            }

            app.UseSerilogRequestLogging();
            app.UseResponseHardening(env, Configuration);
            app.UseStaticFiles();

            var proxyOptions = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            };
            proxyOptions.KnownNetworks.Clear();
            proxyOptions.KnownProxies.Clear();
            app.UseForwardedHeaders(proxyOptions);

            app.UseIdentityServer();

            app.UseRouting();
            app.UseAuthorization();
            app.UseEndpoints(e =>
            {
                e.MapDefaultControllerRoute();
                e.MapRazorPages();
            });
        }

        private (StoreEngine, string) Database => (
            Configuration.GetValue<StoreEngine>("Sso:StoreEngine"),
            Configuration.GetConnectionString("IdentityDb"));
    }
}
