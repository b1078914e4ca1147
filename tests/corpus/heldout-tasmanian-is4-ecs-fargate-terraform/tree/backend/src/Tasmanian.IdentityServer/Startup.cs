using EasyNetQ;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tasmanian.Common.Queue;
using Tasmanian.Common.Services.Emailing;
using Tasmanian.IdentityServer;
using TasmanianIdentity.Data;

namespace TasmanianIdentity
{
    public class Startup
    {
        private readonly ITasmanianIdentityConfiguration _oidcConfig;

        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
            _oidcConfig = new TasmanianIdentityConfiguration(configuration);
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddRazorPages();
            services.AddControllersWithViews();

            var identityServer = services.AddIdentityServer(options =>
                {
                    var origin = Configuration["IssuerPublicOrigin"];
                    if (!string.IsNullOrEmpty(origin))
                    {
                        options.PublicOrigin = origin;
                    }

                    options.UserInteraction.LoginUrl = "/account/login";
                    options.UserInteraction.LogoutUrl = "/account/logout";

                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                })
                .AddInMemoryIdentityResources(_oidcConfig.IdentityResources)
                .AddInMemoryApiResources(_oidcConfig.ProtectedApis())
                .AddInMemoryClients(_oidcConfig.Clients)
                .AddAspNetIdentity<TasmanianUser>();

            // key material: the temporary developer key (tempkey.rsa next to the app)
            identityServer.AddDeveloperSigningCredential();

            services.AddAuthentication();

            switch (Configuration.GetValue<EmailingSystemTypes>("MailTransport"))
            {
                case EmailingSystemTypes.SendGrid:
                    services.AddSingleton<IEmailSender>(_ => new SendGridSender(
                        Configuration["SendGrid:ApiKey"],
                        Configuration.GetValue<bool>("SendGrid:ClickTracking")));
                    break;
                case EmailingSystemTypes.Smtp:
                    services.AddSingleton<IEmailSender>(_ => new SmtpSender(
                        Configuration["Smtp:Host"],
                        Configuration.GetValue<int>("Smtp:Port"),
                        Configuration["Smtp:User"],
                        Configuration["Smtp:Password"]));
                    break;
            }

            var bus = RabbitHutch.CreateBus(string.Format("host={0}:{1};username={2};password={3}",
                Configuration["RabbitMQ:HostName"],
                Configuration.GetValue<int>("RabbitMQ:Port"),
                Configuration["RabbitMQ:User"],
                Configuration["RabbitMQ:Password"]));
            services.AddSingleton(bus);
            services.AddSingleton<IQueueService, QueueService>();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Error");
                app.UseHsts();
                app.UseHttpsRedirection();
            }

            app.UseRouting();
            app.UseStaticFiles();
            app.UseIdentityServer();
            app.UseAuthentication();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
                endpoints.MapControllers();
                endpoints.MapRazorPages();
            });
        }
    }
}
