using Microsoft.EntityFrameworkCore;

namespace IdentityServerHost;

internal static class IdentityServerExtensions
{
    internal static WebApplicationBuilder ConfigureIdentityServer(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("DefaultConnection");

        builder.Services.AddIdentityServer(options =>
        {
            options.Events.RaiseSuccessEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseInformationEvents = true;

            options.KeyManagement.SigningAlgorithms.Add(new SigningAlgorithmOptions { Name = "RS256", UseX509Certificate = true });
            if (builder.Environment.IsDevelopment())
            {
                // never load balanced in development
                options.KeyManagement.InitializationSynchronizationDelay = TimeSpan.Zero;
            }
        })
            .AddConfigurationStore(options => options.ConfigureDbContext = db => db.UseSqlServer(connectionString))
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString);
                options.EnableTokenCleanup = true;
                options.RemoveConsumedTokens = true;
            })
            //.AddConfigurationStoreCache()
            .AddServerSideSessions()
            .AddConfigurationStoreCache();

        return builder;
    }
}
