using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SilkRoad.Catalogue.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChangeOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Resources_UpdatedAt_Id",
                table: "Resources",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Resources_UpdatedAt_Id",
                table: "Resources");
        }
    }
}
