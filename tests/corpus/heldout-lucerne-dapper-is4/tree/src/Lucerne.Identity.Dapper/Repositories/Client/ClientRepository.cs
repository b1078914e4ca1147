using System.Collections.Generic;
using System.Data;
using System.Data.SqlClient;
using System.Linq;
using System.Threading.Tasks;
using Dapper;
using Lucerne.Identity.Core.Configuration;

namespace Lucerne.Identity.Dapper.Repositories.Client
{
    public interface IClientRepository
    {
        Task<Core.Entities.Clients.Client> GetClientByClientId(string clientId);
        Task<IEnumerable<string>> GetClientCorsOriginList(string origin);
    }

    public class ClientRepository : IClientRepository
    {
        private readonly DbConnectionConfiguration _settings;

        public ClientRepository(DbConnectionConfiguration settings)
        {
            _settings = settings;
        }

        private IDbConnection Open() => new SqlConnection(_settings.MasterSqlServerConnString);

        public async Task<Core.Entities.Clients.Client> GetClientByClientId(string clientId)
        {
            using var connection = Open();
            var client = await connection.QueryFirstOrDefaultAsync<Core.Entities.Clients.Client>(
                "SELECT * FROM Clients WHERE ClientId = @clientId", new { clientId });
            if (client != null)
            {
                client.AllowedCorsOrigins = (await connection.QueryAsync<string>(
                    "SELECT Origin FROM ClientCorsOrigins WHERE ClientId = @id", new { id = client.Id })).ToList();
            }
            return client;
        }

        public async Task<IEnumerable<string>> GetClientCorsOriginList(string origin)
        {
            using var connection = Open();
            return await connection.QueryAsync<string>(
                "SELECT Origin FROM ClientCorsOrigins WHERE Origin = @origin", new { origin });
        }
    }
}
