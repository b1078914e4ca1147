using Microsoft.AspNetCore.Mvc.Testing;

namespace Identity.FunctionalTests;

public sealed class IdentityFixture : WebApplicationFactory<Program>
{
}
