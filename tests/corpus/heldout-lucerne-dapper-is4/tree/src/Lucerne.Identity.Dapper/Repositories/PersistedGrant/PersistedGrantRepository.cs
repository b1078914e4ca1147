using System.Collections.Generic;
using System.Data.SqlClient;
using System.Threading.Tasks;
using Dapper;
using Lucerne.Identity.Core.Configuration;

namespace Lucerne.Identity.Dapper.Repositories.PersistedGrant
{
    public class PersistedGrantRow
    {
        public string Key { get; set; }
        public string Type { get; set; }
        public string SubjectId { get; set; }
        public string ClientId { get; set; }
        public System.DateTime CreationTime { get; set; }
        public System.DateTime? Expiration { get; set; }
        public string Data { get; set; }
    }

    public interface IPersistedGrantRepository
    {
        Task<PersistedGrantRow> GetByKeyAsync(string key);
        Task<IEnumerable<PersistedGrantRow>> GetListBySubjectIdAsync(string subjectId);
        Task SaveAsync(PersistedGrantRow row, bool exists);
        Task DeleteByKeyAsync(string key);
        Task DeleteAllBySubjectIdAsync(string subjectId);
    }

    public class PersistedGrantRepository : IPersistedGrantRepository
    {
        private readonly DbConnectionConfiguration _settings;

        public PersistedGrantRepository(DbConnectionConfiguration settings)
        {
            _settings = settings;
        }

        public async Task<PersistedGrantRow> GetByKeyAsync(string key)
        {
            using var db = new SqlConnection(_settings.MasterSqlServerConnString);
            return await db.QueryFirstOrDefaultAsync<PersistedGrantRow>("SELECT * FROM PersistedGrants WHERE [Key] = @key", new { key });
        }

        public async Task<IEnumerable<PersistedGrantRow>> GetListBySubjectIdAsync(string subjectId)
        {
            using var db = new SqlConnection(_settings.MasterSqlServerConnString);
            return await db.QueryAsync<PersistedGrantRow>("SELECT * FROM PersistedGrants WHERE SubjectId = @subjectId", new { subjectId });
        }

        public async Task SaveAsync(PersistedGrantRow row, bool exists)
        {
            using var db = new SqlConnection(_settings.MasterSqlServerConnString);
            var sql = exists
                ? "UPDATE PersistedGrants SET Data = @Data, Expiration = @Expiration WHERE [Key] = @Key"
                : "INSERT INTO PersistedGrants ([Key], Type, SubjectId, ClientId, CreationTime, Expiration, Data) VALUES (@Key, @Type, @SubjectId, @ClientId, @CreationTime, @Expiration, @Data)";
            await db.ExecuteAsync(sql, row);
        }

        public async Task DeleteByKeyAsync(string key)
        {
            using var db = new SqlConnection(_settings.MasterSqlServerConnString);
            await db.ExecuteAsync("DELETE FROM PersistedGrants WHERE [Key] = @key", new { key });
        }

        public async Task DeleteAllBySubjectIdAsync(string subjectId)
        {
            using var db = new SqlConnection(_settings.MasterSqlServerConnString);
            await db.ExecuteAsync("DELETE FROM PersistedGrants WHERE SubjectId = @subjectId", new { subjectId });
        }
    }
}
