using Oscorp.Identity.Xpo.Storage.Models;

namespace Oscorp.Identity.Xpo.Storage;

public static class XpoStorageTypes
{
    public static readonly Type[] PersistentTypes =
    {
        typeof(XpoClient),
        typeof(XpoClientCorsOrigin),
        typeof(XpoApiScope),
        typeof(XpoIdentityResource),
        typeof(XpoPersistedGrant),
    };
}
