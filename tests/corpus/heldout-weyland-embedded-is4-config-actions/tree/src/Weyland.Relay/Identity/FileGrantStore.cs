using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Weyland.Relay.Extensions;

namespace Weyland.Relay.Identity
{
    /// <summary>
    /// Keeps every persisted grant in memory and mirrors the whole set to one JSON file
    /// (oauth:tokenStoreFile) after each change; the file is read back at startup.
    /// </summary>
    public class FileGrantStore : IPersistedGrantStoreWithExpiration
    {
        private static readonly SemaphoreSlim WriteGate = new(1, 1);

        private readonly ConcurrentDictionary<string, PersistedGrant> _grants = new();
        private readonly ILogger<FileGrantStore> _logger;
        private readonly string _path;
        private readonly int _graceSeconds;

        public FileGrantStore(ILogger<FileGrantStore> logger, IConfiguration configuration)
        {
            _logger = logger;
            _path = configuration.GetRequiredValue<string>("oauth:tokenStoreFile");
            _graceSeconds = configuration.GetValue("oauth:refreshTokenGracePeriod", 0);
            Load();
        }

        public async Task StoreAsync(PersistedGrant grant)
        {
            _grants[grant.Key] = grant;
            await SaveAsync();
        }

        public Task<PersistedGrant?> GetAsync(string key)
        {
            _grants.TryGetValue(key, out var grant);
            return Task.FromResult<PersistedGrant?>(grant);
        }

        public Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter)
        {
            return Task.FromResult(Match(filter).Select(pair => pair.Value));
        }

        public async Task RemoveAsync(string key)
        {
            if (_grants.TryRemove(key, out _))
            {
                await SaveAsync();
            }
        }

        public async Task RemoveAllAsync(PersistedGrantFilter filter)
        {
            var removed = Match(filter).Count(pair => _grants.TryRemove(pair.Key, out _));
            if (removed > 0)
            {
                await SaveAsync();
            }
        }

        public async Task RemoveAllExpiredAsync()
        {
            var now = DateTime.UtcNow;
            var consumedCutoff = now.AddSeconds(-_graceSeconds);
            var removed = _grants
                .Where(pair => pair.Value.Expiration < now || (pair.Value.ConsumedTime != null && pair.Value.ConsumedTime < consumedCutoff))
                .ToList()
                .Count(pair => _grants.TryRemove(pair.Key, out _));
            if (removed > 0)
            {
                await SaveAsync();
            }
        }

        private IEnumerable<KeyValuePair<string, PersistedGrant>> Match(PersistedGrantFilter filter)
        {
            return _grants
                .Where(pair => string.IsNullOrEmpty(filter.ClientId) || pair.Value.ClientId == filter.ClientId)
                .Where(pair => string.IsNullOrEmpty(filter.SubjectId) || pair.Value.SubjectId == filter.SubjectId)
                .Where(pair => string.IsNullOrEmpty(filter.SessionId) || pair.Value.SessionId == filter.SessionId)
                .ToList();
        }

        private void Load()
        {
            if (!File.Exists(_path))
            {
                return;
            }

            var saved = JsonConvert.DeserializeObject<Dictionary<string, PersistedGrant>>(File.ReadAllText(_path));
            foreach (var pair in saved ?? new Dictionary<string, PersistedGrant>())
            {
                _grants[pair.Key] = pair.Value;
            }

            _logger.LogInformation("Loaded {Count} grants from {Path}", _grants.Count, _path);
        }

        private async Task SaveAsync()
        {
            await WriteGate.WaitAsync();
            try
            {
                await File.WriteAllTextAsync(_path, JsonConvert.SerializeObject(_grants));
            }
            finally
            {
                WriteGate.Release();
            }
        }
    }
}
