using Microsoft.Extensions.Hosting;

namespace Fabrikam.Insights.Common.Extensions
{
    public static class HostEnvironmentExtensions
    {
        public const string IntegrationTestEnvironment = "IntegrationTest";

        public static bool IsIntegrationTest(this IHostEnvironment environment)
        {
            return environment.IsEnvironment(IntegrationTestEnvironment);
        }
    }
}
