namespace Wwi.Identity.Service
{
    public static class Roles
    {
        public const string Admin = "Admin";
        public const string Trader = "Trader";
    }
}
