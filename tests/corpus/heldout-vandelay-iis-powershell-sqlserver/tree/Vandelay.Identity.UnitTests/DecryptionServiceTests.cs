using Moq;
using Vandelay.Identity.Api.Configuration;
using Vandelay.Identity.Api.Services;
using Xunit;

namespace Vandelay.Identity.UnitTests
{
    public class DecryptionServiceTests
    {
        [Fact]
        public void DecryptString_LeavesPlainValuesAlone()
        {
            var service = new DecryptionService(new Mock<ICertificateService>().Object);
            Assert.Equal("plain", service.DecryptString("plain", new SigningCertificateSettings()));
        }
    }
}
