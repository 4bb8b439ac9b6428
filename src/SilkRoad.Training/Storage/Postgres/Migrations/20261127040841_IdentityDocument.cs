using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SilkRoad.Training.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IdentityDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Trainees",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassportNumber",
                table: "Trainees",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Address",
                table: "Trainees");

            migrationBuilder.DropColumn(
                name: "PassportNumber",
                table: "Trainees");
        }
    }
}
