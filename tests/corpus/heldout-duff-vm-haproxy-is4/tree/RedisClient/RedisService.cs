using System;
using ConfigurationManager;
using StackExchange.Redis;

namespace RedisClient
{
    public interface IRedisService
    {
        void Add(string key, string value, TimeSpan expiry);
        string Get(string key);
    }

    // Short-lived login session state shared between identityserver and duffwebapi.
    public class RedisService : IRedisService
    {
        private readonly Lazy<ConnectionMultiplexer> _connection;

        public RedisService(AppSetting appSetting)
        {
            _connection = new Lazy<ConnectionMultiplexer>(() =>
                ConnectionMultiplexer.Connect($"{appSetting["redis"]}:{appSetting["redisPort"] ?? "6379"}"));
        }

        public void Add(string key, string value, TimeSpan expiry) =>
            _connection.Value.GetDatabase().StringSet(key, value, expiry);

        public string Get(string key) => _connection.Value.GetDatabase().StringGet(key);
    }
}
