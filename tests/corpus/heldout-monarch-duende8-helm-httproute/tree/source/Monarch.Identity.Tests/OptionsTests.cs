using Monarch.Identity.Options;

namespace Monarch.Identity.Tests;

public class OptionsTests
{
    [Test]
    public void ProviderOptionsDefaultToEmpty()
    {
        var options = new ProviderOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.GoogleClientId, Is.Empty);
            Assert.That(options.GoogleClientSecret, Is.Empty);
            Assert.That(ProviderOptions.SectionName, Is.EqualTo("ExternalProviders"));
        });
    }
}
