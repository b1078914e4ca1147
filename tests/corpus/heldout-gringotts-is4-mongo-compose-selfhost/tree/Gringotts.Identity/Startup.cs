using System;
using System.IO;
using System.Threading.RateLimiting;
using AspNetCore.Identity.Mongo;
using Gringotts.Common;
using Gringotts.Common.Extensions;
using Gringotts.Identity.Jobs;
using Gringotts.Identity.Models;
using Gringotts.Identity.Services;
using IdentityServer4.MongoDB.Configuration;
using IdentityServer4.MongoDB.Entities;
using IdentityServer4.MongoDB.Interfaces;
using IdentityServer4.MongoDB.Options;
using IdentityServer4.MongoDB.Stores;
using IdentityServer4.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using MongoDB.Bson.Serialization;
using Quartz;

namespace Gringotts.Identity
{
    public class Startup
    {
        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            HostEnvironment = environment;
        }

        private IConfiguration Configuration { get; }
        private IWebHostEnvironment HostEnvironment { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var connectionString = Constants.MONGODB_CONNECTION_STRING;

            services.AddDefaultCors();

            services.AddIdentityMongoDbProvider<VaultUser>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.User.RequireUniqueEmail = true;
            }, mongo =>
            {
                mongo.UsersCollection = "users";
                mongo.RolesCollection = "roles";
                mongo.ConnectionString = connectionString;
            }).AddDefaultTokenProviders();

            services.AddIdentityServer(options =>
            {
                options.Events.RaiseSuccessEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseErrorEvents = true;
                options.IssuerUri = Servers.IdentityServer.ToString();
            })
            .AddConfigurationStore(store =>
            {
                store.ConnectionString = connectionString;
            })
            .AddAspNetIdentity<VaultUser>()
            .AddInMemoryClients(Config.Clients)
            .AddInMemoryApiResources(Config.ApiResources)
            .AddInMemoryApiScopes(Config.ApiScopes)
            .AddInMemoryIdentityResources(Config.IdentityResources)
            .AddKeyManagement()
            .AddFileSystemPersistence(Path.Combine(HostEnvironment.ContentRootPath, "keystore"));

            services.Configure<MongoDBConfiguration>(mongo =>
            {
                mongo.ConnectionString = connectionString;
            });

            // lifetime of e-mail confirmation and password reset tokens
            services.Configure<DataProtectionTokenProviderOptions>(tokens =>
            {
                tokens.TokenLifespan = TimeSpan.FromHours(2);
            });

            services.AddRateLimiter(limiter =>
            {
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.AddSlidingWindowLimiter("strict", window =>
                {
                    window.PermitLimit = 30;
                    window.Window = TimeSpan.FromSeconds(60);
                    window.SegmentsPerWindow = 10;
                    window.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
                    window.QueueLimit = 0;
                });
            });

            services.AddLocalApiAuthentication();
            services.AddAuthentication()
                .AddJwtBearer("Bearer+jwt", jwt =>
                {
                    jwt.MapInboundClaims = false;
                    jwt.Authority = Servers.IdentityServer.ToString();
                    jwt.RequireHttpsMetadata = false;
                    jwt.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidTypes = ["at+jwt"],
                        ValidateAudience = false,
                        ValidateIssuer = true,
                        ValidateIssuerSigningKey = true,
                    };
                });

            services.AddQuartzHostedService(q =>
            {
                q.WaitForJobsToComplete = true;
                q.AwaitApplicationStarted = true;
                q.StartDelay = TimeSpan.FromMinutes(1);
            });

            AddOperationalStore(services, new TokenCleanupOptions { Enable = true, Interval = 3600 * 12 });

            services.AddControllers();
            services.AddHealthChecks();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseForwardedHeadersWithKnownProxies(env, "CF-Connecting-IP");

            app.UseCors("gringotts");
            app.UseVersion(Servers.IdentityServer);

            app.UseRouting();

            app.UseIdentityServer();
            app.UseRateLimiter();

            app.UseAuthorization();
            app.UseAuthentication();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapHealthChecks("/health");
            });
        }

        // Grants live in MongoDB: the package's grant store over a hand-written context,
        // with a Quartz job for the cleanup.
        private static void AddOperationalStore(IServiceCollection services, TokenCleanupOptions? cleanup = null)
        {
            BsonClassMap.RegisterClassMap<PersistedGrant>(map =>
            {
                map.AutoMap();
                map.SetIgnoreExtraElements(true);
            });

            services.AddSingleton<IPersistedGrantDbContext, VaultPersistedGrantDbContext>();
            services.AddTransient<IPersistedGrantStore, PersistedGrantStore>();
            services.AddTransient<TokenCleanup>();

            services.AddQuartz(q =>
            {
                q.UseMicrosoftDependencyInjectionJobFactory();

                if (cleanup?.Enable == true)
                {
                    var jobKey = new JobKey("TokenCleanupJob");
                    q.AddJob<TokenCleanupJob>(job => job.WithIdentity(jobKey));
                    q.AddTrigger(trigger => trigger
                        .ForJob(jobKey)
                        .WithIdentity("TokenCleanup-trigger")
                        .WithSimpleSchedule(s => s.RepeatForever().WithIntervalInSeconds(cleanup.Interval)));
                }
            });
        }
    }
}
