using System.Threading.Tasks;
using IdentityServer4.Stores;

namespace Weyland.Relay.Identity
{
    /// <summary>Grant store that can also drop expired grants.</summary>
    public interface IPersistedGrantStoreWithExpiration : IPersistedGrantStore
    {
        Task RemoveAllExpiredAsync();
    }
}
