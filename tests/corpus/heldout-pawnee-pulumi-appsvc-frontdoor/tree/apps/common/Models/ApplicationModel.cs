using System.Collections.Generic;
using System.Linq;

namespace Pawnee.Common.Models
{
    // A registered OAuth application and the places (origins) it runs from.
    public class ApplicationModel
    {
        public string Id { get; set; } = null!;
        public string? Name { get; set; }
        public bool? AllowOffline { get; set; }
        public bool? RequireConsent { get; set; }
        public string? LogoutUrl { get; set; }
        public ICollection<string>? AllowedGrantTypes { get; set; }
        public ICollection<string>? AllowedScopes { get; set; }
        public ICollection<ApplicationLocationModel> Locations { get; set; } = new List<ApplicationLocationModel>();

        public ICollection<string> Origins() => Locations.Select(l => l.Origin!).ToList();

        public ICollection<string> RedirectUris() =>
            Locations.SelectMany(l => l.AllowedRedirectPaths.Select(p => l.Origin + p)).ToList();

        public ICollection<string> PostLogoutRedirects() =>
            Locations.SelectMany(l => l.PostLogoutRedirects).ToList();
    }

    public class ApplicationLocationModel
    {
        public string Id { get; set; } = null!;
        public string? Origin { get; set; }
        public ICollection<string> AllowedRedirectPaths { get; set; } = new List<string>();
        public ICollection<string> PostLogoutRedirects { get; set; } = new List<string>();
    }
}
