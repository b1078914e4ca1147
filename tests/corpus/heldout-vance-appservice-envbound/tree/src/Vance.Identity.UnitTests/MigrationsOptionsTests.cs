using Shouldly;
using Vance.Identity.Server.Setup;

namespace Vance.Identity.UnitTests;

public sealed class MigrationsOptionsTests
{
    [Fact]
    public void Switches_are_off_by_default()
    {
        var options = new MigrationsOptions();

        options.ApplyMigrations.ShouldBeFalse();
        options.SeedData.ShouldBeFalse();
    }

    [Fact]
    public void Identity_section_name_is_stable()
    {
        IdentityConfig.SectionName.ShouldBe("Vance:Identity");
    }
}
