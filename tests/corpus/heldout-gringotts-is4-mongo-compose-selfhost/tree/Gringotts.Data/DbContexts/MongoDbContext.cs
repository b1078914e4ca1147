using MongoDB.Driver;

namespace Gringotts.Data.DbContexts
{
    public static class MongoDbContext
    {
        public static IMongoClient CreateMongoDbClient(DbSettings settings)
        {
            var mongoSettings = MongoClientSettings.FromConnectionString(settings.ConnectionString);
            return new MongoClient(mongoSettings);
        }

        public static IMongoCollection<T> GetMongoCollection<T>(IMongoClient client, string database, string collection)
        {
            return client.GetDatabase(database).GetCollection<T>(collection);
        }
    }
}
