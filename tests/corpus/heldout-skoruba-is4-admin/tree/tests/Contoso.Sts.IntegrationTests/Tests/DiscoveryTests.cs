using System.Threading.Tasks;
using Contoso.Sts.IntegrationTests.Tests.Base;
using FluentAssertions;
using IdentityModel.Client;
using Xunit;

namespace Contoso.Sts.IntegrationTests.Tests
{
    public class DiscoveryTests : IClassFixture<TestFixture>
    {
        private readonly TestFixture _fixture;

        public DiscoveryTests(TestFixture fixture) => _fixture = fixture;

        [Fact]
        public async Task Discovery_document_lists_one_signing_key()
        {
            var discovery = await _fixture.Client.GetDiscoveryDocumentAsync("http://localhost");

            discovery.IsError.Should().BeFalse();
            discovery.KeySet.Keys.Should().HaveCount(1);
        }
    }
}
