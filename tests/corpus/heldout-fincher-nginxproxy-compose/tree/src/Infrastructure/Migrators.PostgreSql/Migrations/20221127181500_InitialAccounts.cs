using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Fincher.Accounts.Infrastructure.Persistence;

#nullable disable

namespace Migrators.PostgreSql.Migrations;

[DbContext(typeof(ApplicationDbContext))]
[Migration("20221127181500_InitialAccounts")]
public partial class InitialAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(name: "accounts");

        migrationBuilder.CreateTable(
            name: "PersistedGrants",
            schema: "accounts",
            columns: table => new
            {
                Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                SubjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Expiration = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                Data = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PersistedGrants", x => x.Key));

        migrationBuilder.CreateTable(
            name: "Keys",
            schema: "accounts",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Version = table.Column<int>(type: "integer", nullable: false),
                Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Use = table.Column<string>(type: "text", nullable: true),
                Algorithm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                IsX509Certificate = table.Column<bool>(type: "boolean", nullable: false),
                DataProtected = table.Column<bool>(type: "boolean", nullable: false),
                Data = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Keys", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PersistedGrants", schema: "accounts");
        migrationBuilder.DropTable(name: "Keys", schema: "accounts");
    }
}
