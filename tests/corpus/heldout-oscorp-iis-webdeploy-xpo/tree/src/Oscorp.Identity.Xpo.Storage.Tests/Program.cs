using DevExpress.Xpo.DB;

using Oscorp.Identity.Xpo.Storage.Tests;

SQLiteConnectionProvider.Register();

// every store test runs against a throw-away SQLite file
var connectionString = SQLiteConnectionProvider.GetConnectionString($"oscorp-store-tests-{Guid.NewGuid():N}.db");

await ClientStoreTests.FindsStoredClientWithItsOrigins(connectionString);

Console.WriteLine("store tests passed");
