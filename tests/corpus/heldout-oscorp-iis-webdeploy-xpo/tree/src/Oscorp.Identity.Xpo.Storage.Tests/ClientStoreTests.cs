using DevExpress.Xpo;
using DevExpress.Xpo.DB;

using FluentAssertions;

using Oscorp.Identity.Xpo.Storage;
using Oscorp.Identity.Xpo.Storage.Models;
using Oscorp.Identity.Xpo.Storage.Stores;

namespace Oscorp.Identity.Xpo.Storage.Tests;

public static class ClientStoreTests
{
    public static async Task FindsStoredClientWithItsOrigins(string connectionString)
    {
        var dataLayer = XpoDefault.GetDataLayer(connectionString, AutoCreateOption.DatabaseAndSchema);
        using var uow = new UnitOfWork(dataLayer);
        uow.UpdateSchema(XpoStorageTypes.PersistentTypes);

        var client = new XpoClient(uow) { ClientId = "store-test-spa", ClientName = "Store test SPA" };
        client.CorsOrigins.Add(new XpoClientCorsOrigin(uow) { Origin = "https://localhost:5003" });
        await uow.CommitChangesAsync();

        var found = await new ClientStore(uow).FindClientByIdAsync("store-test-spa");

        found.Should().NotBeNull();
        found.AllowedCorsOrigins.Should().ContainSingle().Which.Should().Be("https://localhost:5003");
    }
}
