namespace Models.Defaults
{
    public enum Scopes
    {
        ProjectRead,
        ProjectWrite,
        UserRead,
        UserWrite
    }

    public static class Roles
    {
        public const string BackendApplication = "BackendApplication";
    }
}
