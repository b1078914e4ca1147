using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vehement.Identity.Persistence.PersistedGrantMigrations;

/// <inheritdoc />
public partial class OperationalStoreV7 : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // signing keys created by automatic key management live in the operational store
        migrationBuilder.CreateTable(
            name: "Keys",
            schema: "OperationalStore",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Version = table.Column<int>(type: "integer", nullable: false),
                Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Use = table.Column<string>(type: "text", nullable: true),
                Algorithm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                IsX509Certificate = table.Column<bool>(type: "boolean", nullable: false),
                DataProtected = table.Column<bool>(type: "boolean", nullable: false),
                Data = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table => table.PrimaryKey("PK_Keys", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PushedAuthorizationRequests",
            schema: "OperationalStore",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false),
                ReferenceValueHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Parameters = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table => table.PrimaryKey("PK_PushedAuthorizationRequests", x => x.Id));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PushedAuthorizationRequests", schema: "OperationalStore");
        migrationBuilder.DropTable(name: "Keys", schema: "OperationalStore");
    }
}
