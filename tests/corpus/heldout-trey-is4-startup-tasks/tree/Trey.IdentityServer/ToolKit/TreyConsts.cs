namespace Trey.IdentityServer.ToolKit
{
    public static class TreyConsts
    {
        // connection string names
        public const string ConnectionStringName_Default = "Default";
        public const string ConnectionStringName_PostgreSQL = "PostgreSQL";

        // custom scopes
        public const string RolesScope = "roles";
        public const string RolesNameScope = "rolename";

        // CORS policy name
        public const string LocalCorsPolicyName = "localhost";
    }
}
