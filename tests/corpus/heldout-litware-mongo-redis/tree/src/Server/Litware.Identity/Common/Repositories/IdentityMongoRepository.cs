using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Humanizer;
using Litware.Identity.Authorization;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Litware.Identity.Common.Repositories
{
    public class IdentityMongoOptions
    {
        public string ConnectionString { get; set; }
        public string Database { get; set; }
    }

    public class IdentityRedisOptions
    {
        public string ConnectionString { get; set; }
        public int Db { get; set; }
        public string Prefix { get; set; }
    }

    public interface IIdentityRepository<T> where T : class
    {
        Task<T> SingleOrDefault(Expression<Func<T, bool>> filter);
        Task<IList<T>> Find(Expression<Func<T, bool>> filter);
        Task Insert(T item);
    }

    public class IdentityMongoRepository<T> : IIdentityRepository<T> where T : class
    {
        private readonly IMongoCollection<T> _collection;

        public IdentityMongoRepository(IOptions<IdentityServerConfig> options)
        {
            var mongo = options.Value.Mongo;
            var database = new MongoClient(mongo.ConnectionString).GetDatabase(mongo.Database);
            _collection = database.GetCollection<T>(typeof(T).Name.Camelize());
        }

        public async Task<T> SingleOrDefault(Expression<Func<T, bool>> filter)
        {
            var cursor = await _collection.FindAsync(filter);
            return await cursor.SingleOrDefaultAsync();
        }

        public async Task<IList<T>> Find(Expression<Func<T, bool>> filter)
        {
            var cursor = await _collection.FindAsync(filter);
            return await cursor.ToListAsync();
        }

        public Task Insert(T item) => _collection.InsertOneAsync(item);
    }
}
