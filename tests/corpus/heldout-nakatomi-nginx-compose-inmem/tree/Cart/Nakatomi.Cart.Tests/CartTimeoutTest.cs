using Xunit;

namespace Nakatomi.Cart.Tests;

public class CartTimeoutTest
{
    [Fact]
    public void DefaultTimeout_IsTwoDays()
    {
        Assert.Equal(TimeSpan.FromHours(48), TimeSpan.Parse("2.00:00:00"));
    }
}
