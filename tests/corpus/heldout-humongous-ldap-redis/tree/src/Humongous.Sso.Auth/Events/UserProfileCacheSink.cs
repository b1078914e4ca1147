using System;
using System.Linq;
using System.Threading.Tasks;
using Humongous.Sso.Core.Models;
using IdentityServer4.Events;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Humongous.Sso.Auth.Events
{
    /// <summary>
    /// Replaces the default event sink: on a successful login it caches the caller's token
    /// in memory; every other event is dropped.
    /// </summary>
    public class UserProfileCacheSink : IEventSink
    {
        private readonly IHttpContextAccessor accessor;
        private readonly IMemoryCache cache;
        private readonly ILogger<UserProfileCacheSink> logger;

        public UserProfileCacheSink(IHttpContextAccessor accessor, IMemoryCache cache, ILogger<UserProfileCacheSink> logger)
        {
            this.accessor = accessor;
            this.cache = cache;
            this.logger = logger;
        }

        public Task PersistAsync(Event evt)
        {
            if (evt.Id != EventIds.UserLoginSuccess)
            {
                return Task.CompletedTask;
            }

            if (evt.EventType != EventTypes.Success && evt.EventType != EventTypes.Information)
            {
                this.logger.LogError($"{evt.Name} ({evt.Id}): {evt.Message}");
                return Task.CompletedTask;
            }

            var context = this.accessor.HttpContext;
            if (context?.Session?.IsAvailable == true)
            {
                var subject = context.User.Claims.FirstOrDefault(c => c.Type == "sub")?.Value;
                var token = context.Session.GetString("AccessToken");
                this.cache.Set(CacheKeys.UserProfile(subject), token, new MemoryCacheEntryOptions
                {
                    SlidingExpiration = TimeSpan.FromMinutes(10)
                });
            }

            return Task.CompletedTask;
        }
    }
}
