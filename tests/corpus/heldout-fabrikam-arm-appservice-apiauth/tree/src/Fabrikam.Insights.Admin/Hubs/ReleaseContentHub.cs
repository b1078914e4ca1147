using System.Threading.Tasks;
using Microsoft.AspNetCore.SignalR;

namespace Fabrikam.Insights.Admin.Hubs
{
    public class ReleaseContentHub : Hub
    {
        public Task JoinReleaseGroup(string releaseId)
        {
            return Groups.AddToGroupAsync(Context.ConnectionId, releaseId);
        }
    }
}
