using System.Net;
using System.Threading.Tasks;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

using Xunit;

namespace Initrode.Identity.IntegrationTests
{
    public sealed class DiscoveryDocumentTest
    {
        [Fact]
        public async Task Discovery_document_is_served()
        {
            var builder = Identity.Api.Program.CreateWebHostBuilder(new string[0]).UseEnvironment("Testing");

            using var server = new TestServer(builder);

            var response = await server.CreateClient().GetAsync("/.well-known/openid-configuration");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
