using System.Linq;
using Pawnee.Common.Options;
using Pawnee.Infrastructure.Stores;
using Xunit;

namespace Pawnee.Test
{
    public class BuiltInApplicationsTests
    {
        [Fact]
        public void EveryBuiltInLocationIsHttps()
        {
            var apps = BuiltInApplications.Get(new EnvironmentInfo { Stack = "develop" });
            Assert.All(apps.SelectMany(a => a.Locations), l => Assert.StartsWith("https://", l.Origin));
        }
    }
}
