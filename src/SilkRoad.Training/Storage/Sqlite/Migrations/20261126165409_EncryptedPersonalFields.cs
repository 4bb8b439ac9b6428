using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SilkRoad.Training.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EncryptedPersonalFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Values written before encryption are plaintext, which the model can no longer read: they are cleared
            // (before this, only the demo base was ever stored). Trainees are kept; their person keys are rebuilt as
            // fingerprints when they apply again.
            migrationBuilder.Sql("UPDATE \"Trainees\" SET \"BirthDate\" = NULL, \"Phone\" = NULL, \"PersonKey\" = NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
