using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using IdentityServer4.Models;
using IdentityServer4.Stores;
using Microsoft.Extensions.Caching.Distributed;
using Newtonsoft.Json;

namespace FourthDegree.Identity.Provider.Services
{
    // Reference tokens live in the distributed (Redis) cache instead of the persisted grant store.
    public class ReferenceTokenStore : IReferenceTokenStore
    {
        private readonly IDistributedCache _cache;

        public ReferenceTokenStore(IDistributedCache cache)
        {
            _cache = cache;
        }

        public async Task<string> StoreReferenceTokenAsync(Token token)
        {
            var entry = new DistributedCacheEntryOptions().SetAbsoluteExpiration(TimeSpan.FromHours(1));
            var handle = Guid.NewGuid().ToString();
            var claims = JsonConvert.SerializeObject(token.Claims.ToDictionary(c => c.Type, c => c.Value));
            token.Claims = new List<Claim>();
            await _cache.SetStringAsync(handle, JsonConvert.SerializeObject(token), entry);
            await _cache.SetStringAsync(handle + ".claims", claims, entry);
            return handle;
        }

        public async Task<Token> GetReferenceTokenAsync(string handle)
        {
            var token = JsonConvert.DeserializeObject<Token>(await _cache.GetStringAsync(handle));
            var claims = JsonConvert.DeserializeObject<Dictionary<string, string>>(await _cache.GetStringAsync(handle + ".claims"));
            token.Claims = claims.Select(c => new Claim(c.Key, c.Value)).ToList();
            return token;
        }

        public async Task RemoveReferenceTokenAsync(string handle)
        {
            await _cache.RemoveAsync(handle);
            await _cache.RemoveAsync(handle + ".claims");
        }

        public Task RemoveReferenceTokensAsync(string subjectId, string clientId) =>
            throw new NotImplementedException();
    }
}
