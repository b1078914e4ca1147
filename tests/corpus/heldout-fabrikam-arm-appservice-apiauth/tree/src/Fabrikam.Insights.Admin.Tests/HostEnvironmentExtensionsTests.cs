using Fabrikam.Insights.Common.Extensions;
using Microsoft.Extensions.Hosting;
using Moq;
using Xunit;

namespace Fabrikam.Insights.Admin.Tests
{
    public class HostEnvironmentExtensionsTests
    {
        [Theory]
        [InlineData("IntegrationTest", true)]
        [InlineData("Production", false)]
        public void IsIntegrationTest(string environmentName, bool expected)
        {
            var environment = new Mock<IHostEnvironment>();
            environment.SetupGet(e => e.EnvironmentName).Returns(environmentName);

            Assert.Equal(expected, environment.Object.IsIntegrationTest());
        }
    }
}
