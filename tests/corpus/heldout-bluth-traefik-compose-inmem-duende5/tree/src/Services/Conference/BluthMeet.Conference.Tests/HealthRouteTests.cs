using Xunit;

namespace BluthMeet.Conference.Tests
{
    public class HealthRouteTests
    {
        [Fact]
        public void ReadinessRouteIsStable()
        {
            Assert.Equal("/health/ready", "/health/" + "ready");
        }
    }
}
