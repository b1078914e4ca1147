using IdentityServer4.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IdentityBase.Startup
{
    public static class StartupIdentityServer
    {
        // The project's own AddIdentityServer overload wraps the library's one.
        public static void AddIdentityServer(this IServiceCollection services, IConfiguration config, ApplicationOptions appOptions)
        {
            var events = config.GetSection("Events").Get<EventsOptions>();
            var connection = config["EntityFramework:ConnectionString"];
            services.AddIdentityServer(options =>
                {
                    options.Events.RaiseErrorEvents = events.RaiseErrorEvents;
                    options.Events.RaiseFailureEvents = events.RaiseFailureEvents;
                })
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = b => b.UseNpgsql(connection, o => o.EnableRetryOnFailure(5));
                    options.EnableTokenCleanup = config.GetValue<bool>("EntityFramework:EnableTokenCleanup");
                })
                .AddSigningCredential(appOptions.SigningCertificate);
        }
    }
}
