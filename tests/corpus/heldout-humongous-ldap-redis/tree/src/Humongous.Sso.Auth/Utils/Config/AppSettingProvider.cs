using Humongous.Sso.Core.Models.Config;

namespace Humongous.Sso.Auth.Utils.Config
{
    /// <summary>
    /// Static copy of the bound settings, read by the in-memory client list.
    /// </summary>
    public static class AppSettingProvider
    {
        public static string[] AllowedCrossDomains { get; set; }

        public static GlobalOptions Global { get; set; }
    }
}
