using Microsoft.EntityFrameworkCore.Migrations;

namespace AcmeKeys.Data.Migrations.IdentityServer.ConfigurationDb
{
	public partial class InitialConfigurationDb : Migration
	{
		protected override void Up(MigrationBuilder migrationBuilder)
		{
			migrationBuilder.CreateTable(
				name: "Clients",
				columns: table => new
				{
					Id = table.Column<int>(nullable: false)
						.Annotation("SqlServer:Identity", "1, 1"),
					Enabled = table.Column<bool>(nullable: false),
					ClientId = table.Column<string>(maxLength: 200, nullable: false),
					ClientName = table.Column<string>(maxLength: 200, nullable: true),
					AccessTokenLifetime = table.Column<int>(nullable: false),
					AllowOfflineAccess = table.Column<bool>(nullable: false)
				},
				constraints: table => table.PrimaryKey("PK_Clients", x => x.Id));

			migrationBuilder.CreateIndex(
				name: "IX_Clients_ClientId",
				table: "Clients",
				column: "ClientId",
				unique: true);
		}

		protected override void Down(MigrationBuilder migrationBuilder)
		{
			migrationBuilder.DropTable(name: "Clients");
		}
	}
}
