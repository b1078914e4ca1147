using Microsoft.EntityFrameworkCore;
using System;
using System.Reflection;

namespace Contoso.Data
{
    // One options delegate per supported engine; the migrations live in this assembly.
    public class DbProviderOptions
    {
        private static readonly string SchemaAssembly = typeof(DbProviderOptions).GetTypeInfo().Assembly.GetName().Name;
        private readonly string _conn;

        public static DbProviderOptions Current;

        public static void Init(string conn)
        {
            if (Current == null)
                Current = new DbProviderOptions(conn);
        }

        public DbProviderOptions(string conn) => _conn = conn;

        public Action<DbContextOptionsBuilder> SqlServer =>
            b => b.UseSqlServer(_conn, o => o.MigrationsAssembly(SchemaAssembly));

        public Action<DbContextOptionsBuilder> MySql =>
            b => b.UseMySql(_conn, o => o.MigrationsAssembly(SchemaAssembly));

        public Action<DbContextOptionsBuilder> Postgres =>
            b => b.UseNpgsql(_conn, o => o.MigrationsAssembly(SchemaAssembly));

        public Action<DbContextOptionsBuilder> Sqlite =>
            b => b.UseSqlite(_conn, o => o.MigrationsAssembly(SchemaAssembly));
    }
}
