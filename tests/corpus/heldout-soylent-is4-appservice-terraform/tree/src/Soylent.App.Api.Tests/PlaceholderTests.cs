using Xunit;

namespace Soylent.App.Api.Tests
{
    public class PlaceholderTests
    {
        [Fact]
        public void Builds() => Assert.True(true);
    }
}
