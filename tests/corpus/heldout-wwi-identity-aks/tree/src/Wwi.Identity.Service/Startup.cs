using System;
using System.Security.Cryptography.X509Certificates;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi.Models;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using Wwi.Common.HealthChecks;
using Wwi.Common.Logging;
using Wwi.Common.MassTransit;
using Wwi.Common.OpenTelemetry;
using Wwi.Common.Settings;
using Wwi.Identity.Service.Entities;
using Wwi.Identity.Service.Exceptions;
using Wwi.Identity.Service.HostedServices;
using Wwi.Identity.Service.Settings;

namespace Wwi.Identity.Service
{
    public class Startup
    {
        private const string AllowedOriginSetting = "AllowedOrigin";

        private readonly IHostEnvironment environment;

        public Startup(IConfiguration configuration, IHostEnvironment environment)
        {
            Configuration = configuration;
            this.environment = environment;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            // Guids are stored as strings in the Mongo documents
            BsonSerializer.RegisterSerializer(new GuidSerializer(BsonType.String));

            var serviceSettings = Configuration.GetSection(nameof(ServiceSettings)).Get<ServiceSettings>();
            var mongoDbSettings = Configuration.GetSection(nameof(MongoDbSettings)).Get<MongoDbSettings>();

            // ASP.NET Core Identity with users and roles kept in MongoDB
            services.Configure<IdentitySettings>(Configuration.GetSection(nameof(IdentitySettings)))
                .AddDefaultIdentity<ApplicationUser>()
                .AddRoles<ApplicationRole>()
                .AddMongoDbStores<ApplicationUser, ApplicationRole, Guid>(
                    mongoDbSettings.ConnectionString,
                    serviceSettings.ServiceName);

            // message bus (RabbitMQ or Service Bus, picked by ServiceSettings:MessageBroker)
            services.AddMassTransitWithMessageBroker(Configuration, retry =>
            {
                retry.Interval(3, TimeSpan.FromSeconds(5));
                retry.Ignore(typeof(UnknownUserException));
                retry.Ignore(typeof(InsufficientCreditsException));
            });

            AddIdentityServer(services);

            services.AddLocalApiAuthentication(); // protects the users API with IdentityServer's local API policy

            services.AddControllers();
            services.AddHostedService<IdentitySeedHostedService>();
            services.AddSwaggerGen(c =>
            {
                c.SwaggerDoc("v1", new OpenApiInfo { Title = "Wwi.Identity.Service", Version = "v1" });
            });

            services.AddHealthChecks()
                    .AddMongoDb();

            // Seq log sink and distributed tracing
            services.AddSeqLogging(Configuration)
                    .AddTracing(Configuration);

            // the gateway sends the client address and scheme
            services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.KnownNetworks.Clear();
                options.KnownProxies.Clear();
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseForwardedHeaders();

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
                app.UseSwagger();
                app.UseSwaggerUI(c => c.SwaggerEndpoint("/swagger/v1/swagger.json", "Wwi.Identity.Service v1"));

                app.UseCors(policy =>
                {
                    policy.WithOrigins(Configuration[AllowedOriginSetting])
                        .AllowAnyHeader()
                        .AllowAnyMethod();
                });
            }

            app.UseHttpsRedirection();

            // the gateway routes /identity/svc/... here; keep that prefix in the URLs we generate
            app.Use((context, next) =>
            {
                var identitySettings = Configuration.GetSection(nameof(IdentitySettings)).Get<IdentitySettings>();
                context.Request.PathBase = new PathString(identitySettings.PathBase);
                return next();
            });

            app.UseStaticFiles();

            app.UseRouting();

            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapRazorPages();
                endpoints.MapWideWorldHealthChecks();
            });
        }

        private void AddIdentityServer(IServiceCollection services)
        {
            var identityServerSettings = Configuration.GetSection(nameof(IdentityServerSettings))
                                                      .Get<IdentityServerSettings>();

            var builder = services.AddIdentityServer(options =>
            {
                options.Events.RaiseSuccessEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseErrorEvents = true;
            })
            .AddAspNetIdentity<ApplicationUser>()
            .AddInMemoryApiScopes(identityServerSettings.ApiScopes)
            .AddInMemoryApiResources(identityServerSettings.ApiResources)
            .AddInMemoryClients(identityServerSettings.Clients)
            .AddInMemoryIdentityResources(identityServerSettings.IdentityResources);

            if (environment.IsDevelopment())
            {
                builder.AddDeveloperSigningCredential();
            }
            else
            {
                var identitySettings = Configuration.GetSection(nameof(IdentitySettings))
                                                    .Get<IdentitySettings>();
                var signingCertificate = X509Certificate2.CreateFromPemFile(
                    identitySettings.CertificateCerFilePath,
                    identitySettings.CertificateKeyFilePath);

                builder.AddSigningCredential(signingCertificate);
            }
        }
    }
}
