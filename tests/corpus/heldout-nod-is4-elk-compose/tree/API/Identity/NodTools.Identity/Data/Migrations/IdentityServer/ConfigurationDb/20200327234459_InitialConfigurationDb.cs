using IdentityServer4.EntityFramework.DbContexts;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NodTools.Identity.Data.Migrations.IdentityServer.ConfigurationDb
{
    // Trimmed: the generated migration creates every configuration table in the "identity" schema.
    [DbContext(typeof(ConfigurationDbContext))]
    [Migration("20200327234459_InitialConfigurationDb")]
    public partial class InitialConfigurationDb : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(name: "identity");

            migrationBuilder.CreateTable(
                name: "Clients",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false),
                    ClientId = table.Column<string>(maxLength: 200, nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_Clients", x => x.Id));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "Clients", schema: "identity");
        }
    }
}
