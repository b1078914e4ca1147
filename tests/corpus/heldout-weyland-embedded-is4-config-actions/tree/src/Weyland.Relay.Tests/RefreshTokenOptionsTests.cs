using System.Collections.Generic;
using System.Linq;
using IdentityServer4.Models;
using Microsoft.Extensions.Configuration;
using Weyland.Relay.Identity;
using Xunit;

namespace Weyland.Relay.Tests
{
    public class RefreshTokenOptionsTests
    {
        [Fact]
        public void ReuseFlagSwitchesTokenUsage()
        {
            var config = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["oauth:clients:0:clientId"] = "c1",
                    ["oauth:clients:0:clientSecret"] = "s1",
                    ["oauth:clients:0:refreshTokenReuse"] = "true",
                })
                .Build();

            var client = Clients.Get(config).Single();

            Assert.Equal(TokenUsage.ReUse, client.RefreshTokenUsage);
            Assert.Equal(30 * 86400, client.SlidingRefreshTokenLifetime);
        }
    }
}
