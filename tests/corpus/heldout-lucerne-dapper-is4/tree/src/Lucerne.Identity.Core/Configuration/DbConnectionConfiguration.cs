using Lucerne.Identity.Core.Entities.Enums;

namespace Lucerne.Identity.Core.Configuration
{
    public class DbConnectionConfiguration
    {
        public DataProviderType CurrentDataProviderType { get; set; }
        public string MasterSqlServerConnString { get; set; }
        public string MasterMySqlConnString { get; set; }
        public string MasterOracleConnString { get; set; }
    }
}
