using System;
using Humongous.Sso.Core.Models.Config;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace Humongous.Sso.Service.Cache
{
    public interface ICacheService : IDisposable
    {
        bool GetCache<T>(string key, out T value);
        void SaveCache<T>(string key, T value);
        void ClearCache(string key);
    }

    /// <summary>
    /// Thin StackExchange.Redis wrapper; the server comes from Host:Redis (no password, no TLS).
    /// </summary>
    public class RedisService : ICacheService
    {
        private readonly ConnectionMultiplexer connection;
        private readonly IDatabase db;

        public RedisService(IConfiguration configuration)
            : this(configuration["Host:Redis"])
        {
        }

        public RedisService(IAppSettings settings)
            : this(settings.Host?.Redis)
        {
        }

        public RedisService(string server)
        {
            if (string.IsNullOrEmpty(server))
            {
                throw new InvalidOperationException("Host:Redis is not configured");
            }

            this.connection = ConnectionMultiplexer.Connect(server);
            this.db = this.connection.GetDatabase();
        }

        public bool GetCache<T>(string key, out T value)
        {
            if (this.db.KeyExists(key))
            {
                value = JsonConvert.DeserializeObject<T>(this.db.StringGet(key));
                return true;
            }

            value = default;
            return false;
        }

        public void SaveCache<T>(string key, T value) =>
            this.db.StringSet(key, JsonConvert.SerializeObject(value));

        public void ClearCache(string key) => this.db.KeyDelete(key);

        public void Dispose() => this.connection.Close();
    }
}
