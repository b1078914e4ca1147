using IdentityServer8.Models;

namespace IdentityServer.Infrastructure.Common;

public static class ScopeStore
{
    public static IEnumerable<ApiScope> GetApiScopes() => new[]
    {
        new ApiScope("app.payroll"),
        new ApiScope("app.timesheets")
    };

    public static Dictionary<string, string> GetApiScopesDictionary() => new()
    {
        { "app.timesheets", "app.timesheets" },
    };
}
