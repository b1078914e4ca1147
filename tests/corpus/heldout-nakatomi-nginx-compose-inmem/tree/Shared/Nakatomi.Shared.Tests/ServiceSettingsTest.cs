using Nakatomi.Shared.Settings;
using Xunit;

namespace Nakatomi.Shared.Tests;

public class ServiceSettingsTest
{
    [Fact]
    public void SectionNames_MatchComposeEnvironment()
    {
        Assert.Equal("Service", ServiceSettings.SectionName);
        Assert.Equal("Authority", AuthoritySettings.SectionName);
        Assert.Equal("Client", ClientSettings.SectionName);
    }
}
