namespace Sofa.IdentityServer.Management.Api
{
    public static class Constants
    {
        public static class Paths
        {
            public const string DefaultBasePath = "/api";

            internal static class SubPaths
            {
                public const string Clients = "clients";
                public const string ClientSecrets = "secrets";
                public const string ApiScopes = "scopes";
            }
        }
    }
}
