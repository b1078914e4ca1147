using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Contoso.Polls.Api.Tests.Integration
{
    public class HealthEndpointTests : IClassFixture<WebApplicationFactory<Startup>>
    {
        private readonly WebApplicationFactory<Startup> _factory;

        public HealthEndpointTests(WebApplicationFactory<Startup> factory) => _factory = factory;

        [Fact]
        public async Task Liveness_endpoint_returns_success()
        {
            var response = await _factory.CreateClient().GetAsync("/health/live");
            response.EnsureSuccessStatusCode();
        }
    }
}
