using System;
using StackExchange.Redis;

namespace Coho.Sts.Admin.Helpers;

/// <summary>
/// Short-lived values for the QR-code login handshake.
/// </summary>
public class RedisClient
{
    private readonly IDatabase _database;

    public RedisClient(IConnectionMultiplexer connection)
    {
        if (connection == null || !connection.IsConnected)
        {
            throw new InvalidOperationException("Redis is not connected");
        }

        _database = connection.GetDatabase();
    }

    public bool Set(string key, string value, int seconds) =>
        _database.StringSet(key, value, TimeSpan.FromSeconds(seconds));

    public string Get(string key) => _database.StringGet(key);
}
