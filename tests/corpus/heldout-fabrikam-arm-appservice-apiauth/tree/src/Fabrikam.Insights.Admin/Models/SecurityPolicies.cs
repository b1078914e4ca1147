namespace Fabrikam.Insights.Admin.Models
{
    public static class SecurityPolicies
    {
        public const string CanAccessSystem = "CanAccessSystem";
    }
}
