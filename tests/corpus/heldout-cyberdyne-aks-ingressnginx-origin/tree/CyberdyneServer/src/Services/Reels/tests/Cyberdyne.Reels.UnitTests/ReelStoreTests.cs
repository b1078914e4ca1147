using Cyberdyne.Reels.Api;
using FakeItEasy;
using NUnit.Framework;

namespace Cyberdyne.Reels.UnitTests;

public class ReelStoreTests
{
    [Test]
    public async Task List_returns_what_the_store_holds()
    {
        var store = A.Fake<IReelStore>();
        A.CallTo(() => store.ListAsync(A<CancellationToken>._))
            .Returns(new List<Reel> { new("1", "Judgment Day", 1997) });

        var reels = await store.ListAsync(CancellationToken.None);

        Assert.That(reels, Has.Count.EqualTo(1));
    }
}
