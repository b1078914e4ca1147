using FluentAssertions;
using Munson.Profile.Sts.Configuration;
using Xunit;

namespace Munson.Profile.Sts.Tests
{
    public class SeedDataTests
    {
        [Fact]
        public void Orders_api_is_declared()
        {
            ApiResources.Get().Should().ContainSingle(r => r.Name == "orders.api");
        }
    }
}
