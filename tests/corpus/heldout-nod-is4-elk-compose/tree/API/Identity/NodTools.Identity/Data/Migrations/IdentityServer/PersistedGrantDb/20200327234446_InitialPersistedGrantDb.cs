using System;
using IdentityServer4.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NodTools.Identity.Data.Migrations.IdentityServer.PersistedGrantDb
{
    // Trimmed: the generated migration creates PersistedGrants and DeviceCodes in the "identity" schema.
    [DbContext(typeof(PersistedGrantDbContext))]
    [Migration("20200327234446_InitialPersistedGrantDb")]
    public partial class InitialPersistedGrantDb : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(name: "identity");

            migrationBuilder.CreateTable(
                name: "PersistedGrants",
                schema: "identity",
                columns: table => new
                {
                    Key = table.Column<string>(maxLength: 200, nullable: false),
                    Type = table.Column<string>(maxLength: 50, nullable: false),
                    ClientId = table.Column<string>(maxLength: 200, nullable: false),
                    CreationTime = table.Column<DateTime>(nullable: false),
                    Expiration = table.Column<DateTime>(nullable: true),
                    Data = table.Column<string>(maxLength: 50000, nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_PersistedGrants", x => x.Key));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "PersistedGrants", schema: "identity");
        }
    }
}
