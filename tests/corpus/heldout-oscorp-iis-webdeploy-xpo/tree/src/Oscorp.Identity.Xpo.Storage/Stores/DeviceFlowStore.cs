using Duende.IdentityServer.Models;
using Duende.IdentityServer.Stores;

namespace Oscorp.Identity.Xpo.Storage.Stores;

// Device flow is not offered by any Oscorp client yet; codes are rejected.
public sealed class DeviceFlowStore : IDeviceFlowStore
{
    public Task StoreDeviceAuthorizationAsync(string deviceCode, string userCode, DeviceCode data) => Task.CompletedTask;

    public Task<DeviceCode> FindByUserCodeAsync(string userCode) => Task.FromResult<DeviceCode>(null);

    public Task<DeviceCode> FindByDeviceCodeAsync(string deviceCode) => Task.FromResult<DeviceCode>(null);

    public Task UpdateByUserCodeAsync(string userCode, DeviceCode data) => Task.CompletedTask;

    public Task RemoveByDeviceCodeAsync(string deviceCode) => Task.CompletedTask;
}
