using BluthMeet.Identity.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BluthMeet.Identity
{
    public class Startup
    {
        public Startup(IWebHostEnvironment environment, IConfiguration configuration)
        {
            Environment = environment;
            Configuration = configuration;
        }

        public IWebHostEnvironment Environment { get; }
        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var idpSection = Configuration.GetSection("IdentityServer");
            var webOrigin = idpSection["WebClientOrigin"];
            var issuer = idpSection["Issuer"];

            services.AddControllersWithViews().AddRazorRuntimeCompilation();

            var idp = services.AddIdentityServer(options =>
            {
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                // public origin, handed in by docker-compose.traefik.yml
                options.IssuerUri = issuer;

                options.EmitStaticAudienceClaim = true;
            });

            services.AddSingleton<IAccountDirectory, GuestAccountDirectory>();

            // everything is in memory: the identity resources and the one browser client
            idp.AddInMemoryIdentityResources(Clients.IdentityResources);
            idp.AddInMemoryClients(new[] { Clients.MeetingWebApp(webOrigin) });
            idp.AddProfileService<DisplayNameProfileService>();

            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.RequireHeaderSymmetry = false;

                // the Traefik container has no fixed address, so accept the headers from anyone
                options.KnownNetworks.Clear();
                options.KnownProxies.Clear();
            });

            services.AddCors(cors =>
                cors.AddDefaultPolicy(policy => policy.WithOrigins(webOrigin).AllowAnyMethod().AllowAnyHeader()));
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseForwardedHeaders();

            if (Environment.IsDevelopment()) app.UseDeveloperExceptionPage();

            app.UseCors();

            app.UseCookiePolicy(new CookiePolicyOptions
            {
                MinimumSameSitePolicy = SameSiteMode.None,
                Secure = CookieSecurePolicy.Always,
            });

            app.UseStaticFiles();

            app.UseRouting();
            app.UseIdentityServer();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());
        }
    }
}
