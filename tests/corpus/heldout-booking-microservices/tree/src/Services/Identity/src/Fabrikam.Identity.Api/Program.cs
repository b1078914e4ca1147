using Fabrikam.Identity.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.AddIdentityPlatform();

var app = builder.Build();

app.UseIdentityPlatform();

app.Run();

namespace Fabrikam.Identity.Api
{
    // exposed for integration tests
    public partial class Program;
}
