using System.Collections.Generic;

namespace Tasmanian.IdentityServer.Models
{
    public class ProtectedApiSettings
    {
        public string Name { get; set; }
        public List<string> UserClaims { get; set; }
        public string Secret { get; set; }
    }
}
