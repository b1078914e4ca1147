using Microsoft.AspNetCore.Http;

namespace Sofa.IdentityServer.Management.Api
{
    public class ManagementApiOptions
    {
        public PathString BasePath { get; set; } = Constants.Paths.DefaultBasePath;
    }
}
