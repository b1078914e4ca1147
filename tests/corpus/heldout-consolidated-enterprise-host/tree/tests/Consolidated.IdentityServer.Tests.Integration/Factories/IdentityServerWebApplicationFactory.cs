using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consolidated.IdentityServer.Tests.Integration.Factories;

public sealed class IdentityServerWebApplicationFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting runs early enough for the service registrars that read connection strings.
        builder.UseSetting(
            "ConnectionStrings:AspNetIdentity",
            "Server=(localdb)\\MSSQLLocalDB;Database=CmsgAspNetIdentity_Integration;Trusted_Connection=true;");

        builder.UseSetting(
            "ConnectionStrings:IdentityServer",
            "Server=(localdb)\\MSSQLLocalDB;Database=CmsgIdentityServer_Integration;Trusted_Connection=true;");

        base.ConfigureWebHost(builder);
    }
}
