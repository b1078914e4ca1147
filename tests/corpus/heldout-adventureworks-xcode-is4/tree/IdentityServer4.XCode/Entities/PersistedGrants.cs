using System;
using System.ComponentModel;
using XCode;
using XCode.Configuration;
using XCode.DataAccessLayer;

namespace IdentityServer4.XCode.Entities
{
    /// <summary>Persisted grants, on the "IdentityServer" connection name.</summary>
    [Serializable]
    [DataObject]
    [BindIndex("IX_PersistedGrants_SubjectId_ClientId_Type", false, "SubjectId,ClientId,Type")]
    [BindTable("PersistedGrants", Description = "", ConnName = "IdentityServer", DbType = DatabaseType.None)]
    public partial class PersistedGrants : Entity<PersistedGrants>
    {
        [DataObjectField(true, true, false, 0)]
        [BindColumn("Id", "", "INTEGER")]
        public Int32 Id { get; set; }

        [BindColumn("Key", "", "TEXT")]
        public String Key { get; set; }

        [BindColumn("Type", "", "TEXT")]
        public String Type { get; set; }

        [BindColumn("SubjectId", "", "TEXT")]
        public String SubjectId { get; set; }

        [BindColumn("ClientId", "", "TEXT")]
        public String ClientId { get; set; }

        [BindColumn("CreationTime", "", "DATETIME")]
        public DateTime CreationTime { get; set; }

        [BindColumn("Expiration", "", "DATETIME")]
        public DateTime? Expiration { get; set; }

        [BindColumn("Data", "", "TEXT")]
        public String Data { get; set; }
    }
}
