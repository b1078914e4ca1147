using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using IdentityServer4;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Veridian.Security.Auth.Data;
using Veridian.Security.Auth.Quickstart.Account;
using Veridian.Security.Domain.Adfs.Profiles;
using Veridian.Security.Domain.Features.Profiles.Providers;
using Veridian.Security.Domain.Features.Users;

namespace Veridian.Security.Auth
{
    public class Startup
    {
        public Startup(ILoggerFactory loggerFactory, IHostingEnvironment environment)
        {
            Environment = environment;

            var logFile = Path.Combine(@"c:\Data\logs\security",
                $"security.auth.{Environment.EnvironmentName.ToLower()}.logs.txt");

            var serilog = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .Enrich.FromLogContext()
                .WriteTo.File(logFile)
                .WriteTo.Seq("http://localhost:5341");

            if (Environment.IsDevelopment())
            {
                serilog.WriteTo.LiterateConsole(outputTemplate: "[{Timestamp:HH:mm:ss} {Level}] {SourceContext}{NewLine}{Message}{NewLine}{Exception}{NewLine}");
            }

            loggerFactory
                .WithFilter(new FilterLoggerSettings
                {
                    { "IdentityServer4", LogLevel.Debug },
                    { "Microsoft", LogLevel.Warning },
                    { "System", LogLevel.Warning },
                })
                .AddSerilog(serilog.CreateLogger());
        }

        public IHostingEnvironment Environment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            // looks the certificate up in the machine store by subject name
            Func<string, X509Certificate2> certificate = subject =>
            {
                using (var store = new X509Store(StoreLocation.LocalMachine))
                {
                    store.Open(OpenFlags.ReadOnly);
                    var matches = store.Certificates.Find(X509FindType.FindBySubjectName, subject, validOnly: false);
                    store.Close();
                    return matches.Count > 0 ? matches[0] : null;
                }
            };

            services.AddMvc();

            // user lookups (test users + active directory profile data)
            services.AddTransient<IIdentityProvider, DirectoryIdentityProvider>();
            services.AddSingleton<IUserStore, UserStore>(provider =>
                new LocalStore(provider.GetService<IIdentityProvider>()));

            services.Configure<IISOptions>(options =>
            {
                options.ForwardWindowsAuthentication = true;
            });

            services
                .AddIdentityServer(options =>
                {
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseErrorEvents = true;
                })
                .AddSigningCredential(certificate("sec.auth"))
                .AddInMemoryIdentityResources(new CarbonData().Load())
                .AddInMemoryApiResources(new SiliconData().Load())
                .AddInMemoryClients(new ClientsData().Load())
                .AddProfileService<ProfileService>();
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env, ILoggerFactory loggerFactory)
        {
            if (Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Home/Error");
            }

            app.Map("/core", core =>
            {
                core.UseIdentityServer();

                // the google app only accepts callbacks on http://localhost:5000
                core.UseGoogleAuthentication(new GoogleOptions
                {
                    AuthenticationScheme = "Google",
                    SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme,
                    ClientId = "48213067751-q7vk2rj0c9xw5nd8tehm3lfa6pzy1usb.apps.googleusercontent.com",
                    ClientSecret = "Kp3sWq8NzR1vTfYb6HdLmXa0"
                });

                core.UseMvcWithDefaultRoute();
                core.UseStaticFiles();
            });
        }
    }
}
