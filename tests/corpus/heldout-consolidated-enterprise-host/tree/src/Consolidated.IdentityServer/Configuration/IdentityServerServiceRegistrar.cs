using Consolidated.IdentityServer.AspNetIdentity.Models;
using Consolidated.IdentityServer.Configuration.Constants;
using Consolidated.Platform.Registration.Abstract;
using IdentityModel;
using Microsoft.EntityFrameworkCore;

namespace Consolidated.IdentityServer.Configuration;

// Discovered by the platform package at startup (no explicit call from Program.cs).
internal sealed class IdentityServerServiceRegistrar : IRegisterServices
{
    public static void RegisterServices(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        string? connectionString = configuration.GetConnectionString(ConnectionStringKeys.IdentityServer);

        IIdentityServerBuilder idsrv = services
            .AddIdentityServer(options =>
            {
                options.Authentication.CookieAuthenticationScheme = "Identity.Application";
                options.Authentication.CoordinateClientLifetimesWithUserSession = true;

                // Static audience, e.g. https://identity.example.com/resources
                options.EmitStaticAudienceClaim = true;

                options.Events.RaiseSuccessEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;

                options.KeyManagement.Enabled = true;
                options.KeyManagement.RotationInterval = TimeSpan.FromDays(90);
                options.KeyManagement.PropagationTime = TimeSpan.FromDays(14);
                options.KeyManagement.RetentionDuration = TimeSpan.FromDays(14);
                options.KeyManagement.DeleteRetiredKeys = true;

                // Community license still to be requested before go-live.
                //options.LicenseKey = "";

                if (environment.IsDevelopment())
                {
                    options.ServerSideSessions.UserDisplayNameClaimType = JwtClaimTypes.Email;
                    options.ServerSideSessions.RemoveExpiredSessionsFrequency = TimeSpan.FromMinutes(10);
                }

                options.UserInteraction.LoginUrl = "/Account/Login";
                options.UserInteraction.LogoutUrl = "/Account/Logout";
            })
            .AddConfigurationStore(options =>
            {
                options.ConfigureDbContext = b =>
                    b.UseSqlServer(connectionString, sql =>
                    {
                        sql.MigrationsAssembly(typeof(IdentityServerServiceRegistrar).Assembly.FullName);
                        sql.EnableRetryOnFailure();
                    });
            })
            .AddConfigurationStoreCache()
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = b =>
                    b.UseSqlServer(connectionString, sql =>
                    {
                        sql.MigrationsAssembly(typeof(IdentityServerServiceRegistrar).Assembly.FullName);
                        sql.EnableRetryOnFailure();
                    });

                options.EnableTokenCleanup = true;
                options.TokenCleanupInterval = 3600;
            })
            .AddAspNetIdentity<ApplicationUser>();

        idsrv.AddServerSideSessions();

        // Keeps the external OIDC state in IDistributedCache instead of the query string.
        services.AddOidcStateDataFormatterCache();
    }
}
