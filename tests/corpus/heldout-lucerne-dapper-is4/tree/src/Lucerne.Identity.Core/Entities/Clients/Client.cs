using System.Collections.Generic;
using Dapper.Contrib.Extensions;

namespace Lucerne.Identity.Core.Entities.Clients
{
    [Table("Clients")]
    public class Client
    {
        public int Id { get; set; }
        public bool Enabled { get; set; } = true;
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public string ClientUri { get; set; }
        public bool RequireClientSecret { get; set; } = true;
        public bool RequirePkce { get; set; } = true;
        public bool AllowOfflineAccess { get; set; }
        public string FrontChannelLogoutUri { get; set; }
        public int IdentityTokenLifetime { get; set; } = 300;
        public int AccessTokenLifetime { get; set; } = 3600;
        public int AuthorizationCodeLifetime { get; set; } = 300;
        public int AbsoluteRefreshTokenLifetime { get; set; } = 2592000;
        public int SlidingRefreshTokenLifetime { get; set; } = 1296000;
        public int RefreshTokenUsage { get; set; } = 1;
        public int RefreshTokenExpiration { get; set; } = 1;

        [Computed]
        public List<ClientSecret> ClientSecrets { get; set; } = new List<ClientSecret>();

        [Computed]
        public List<string> AllowedGrantTypes { get; set; } = new List<string>();

        [Computed]
        public List<string> RedirectUris { get; set; } = new List<string>();

        [Computed]
        public List<string> AllowedScopes { get; set; } = new List<string>();

        [Computed]
        public List<string> AllowedCorsOrigins { get; set; } = new List<string>();
    }

    [Table("ClientSecrets")]
    public class ClientSecret
    {
        public int Id { get; set; }
        public int ClientId { get; set; }
        public string Type { get; set; } = "SharedSecret";
        public string Value { get; set; }
    }
}
