using System.Security.Claims;
using BlueYonder.Identity.Services;
using Duende.IdentityServer.Models;
using Xunit;

namespace BlueYonder.Identity.Tests;

public class CrewProfileServiceTests
{
    [Fact]
    public async Task Signed_in_crew_are_active()
    {
        var subject = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim("sub", "crew-042") }, "test"));
        var context = new IsActiveContext(subject, new Client { ClientId = "crew-portal" }, "test");

        await new CrewProfileService().IsActiveAsync(context);

        Assert.True(context.IsActive);
    }
}
