using AlpineSki.Identity;
using Xunit;

namespace AlpineSki.Identity.UnitTests;

public class ConfigTests
{
    [Fact]
    public void Every_client_has_at_least_one_scope()
    {
        Assert.All(Config.Clients, c => Assert.NotEmpty(c.AllowedScopes));
    }
}
