using System.Net;
using System.Net.Http.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Sofa.IdentityServer.Management.Api.Tests.Assets;
using Xunit;

namespace Sofa.IdentityServer.Management.Api.Tests
{
    public class ClientManagementPipelineTests : IClassFixture<WebApplicationFactory<TestProgram>>
    {
        private readonly WebApplicationFactory<TestProgram> _factory;

        public ClientManagementPipelineTests(WebApplicationFactory<TestProgram> factory) => _factory = factory;

        [Fact]
        public async Task Getting_an_existing_client_returns_it()
        {
            var client = _factory.CreateClient();

            var response = await client.GetAsync($"{TestProgram.BasePath}/clients/existing-client");

            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        [Fact]
        public async Task Getting_an_unknown_client_returns_not_found()
        {
            var client = _factory.CreateClient();

            var response = await client.GetAsync($"{TestProgram.BasePath}/clients/nobody");

            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        [Fact]
        public async Task Adding_a_secret_to_an_existing_client_succeeds()
        {
            var client = _factory.CreateClient();

            var response = await client.PutAsJsonAsync($"{TestProgram.BasePath}/clients/existing-client/secrets/rotation", new { value = "rotated-value" });

            response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }
    }
}
