using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Wingtip.Identity.KeyRing;

public static class SharedKeyRing
{
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("cache");

        // without a cache connection (plain `dotnet run`) the default key ring is kept
        if (string.IsNullOrWhiteSpace(redis))
        {
            return builder;
        }

        builder.Services.AddDataProtection()
            .SetDefaultKeyLifetime(TimeSpan.FromDays(30))
            .SetApplicationName("Wingtip")
            .PersistKeysToStackExchangeRedis(ConnectionMultiplexer.Connect(redis), "wingtip-dp-keys");

        return builder;
    }
}
