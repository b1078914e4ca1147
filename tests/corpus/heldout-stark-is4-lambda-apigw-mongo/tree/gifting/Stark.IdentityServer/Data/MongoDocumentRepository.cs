using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using MongoDB.Driver;

namespace Stark.IdentityServer.Data
{
    public interface IDocumentRepository
    {
        IQueryable<T> All<T>() where T : class, new();
        IQueryable<T> Where<T>(Expression<Func<T, bool>> filter) where T : class, new();
        T Single<T>(Expression<Func<T, bool>> filter) where T : class, new();
        void Add<T>(T document) where T : class, new();
        void Add<T>(IEnumerable<T> documents) where T : class, new();
        void Delete<T>(Expression<Func<T, bool>> filter) where T : class, new();
    }

    // One collection per document type, named after the type (Client, PersistedGrant, ...).
    public class MongoDocumentRepository : IDocumentRepository
    {
        private readonly IMongoDatabase _database;

        public MongoDocumentRepository(string connectionString, string databaseName)
            => _database = new MongoClient(connectionString).GetDatabase(databaseName);

        private IMongoCollection<T> Collection<T>() => _database.GetCollection<T>(typeof(T).Name);

        public IQueryable<T> All<T>() where T : class, new() => Collection<T>().AsQueryable();

        public IQueryable<T> Where<T>(Expression<Func<T, bool>> filter) where T : class, new()
            => All<T>().Where(filter);

        public T Single<T>(Expression<Func<T, bool>> filter) where T : class, new()
            => All<T>().Where(filter).SingleOrDefault();

        public void Add<T>(T document) where T : class, new() => Collection<T>().InsertOne(document);

        public void Add<T>(IEnumerable<T> documents) where T : class, new() => Collection<T>().InsertMany(documents);

        public void Delete<T>(Expression<Func<T, bool>> filter) where T : class, new()
            => Collection<T>().DeleteMany(filter);
    }
}
