using System.Threading.Tasks;
using Gringotts.Identity.Services;
using Quartz;

namespace Gringotts.Identity.Jobs
{
    [DisallowConcurrentExecution]
    public class TokenCleanupJob : IJob
    {
        private readonly TokenCleanup _cleanup;

        public TokenCleanupJob(TokenCleanup cleanup)
        {
            _cleanup = cleanup;
        }

        public Task Execute(IJobExecutionContext context) => _cleanup.RemoveExpiredGrantsAsync();
    }
}
