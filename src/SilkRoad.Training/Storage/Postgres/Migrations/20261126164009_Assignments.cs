using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SilkRoad.Training.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Assignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AlumniOptIn",
                table: "Trainees",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "Trainees",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrainingApplicationReviews",
                columns: table => new
                {
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingApplicationReviews", x => new { x.ApplicationId, x.ReviewerId });
                    table.ForeignKey(
                        name: "FK_TrainingApplicationReviews_TrainingApplications_Application~",
                        column: x => x.ApplicationId,
                        principalTable: "TrainingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPartnerCoordinators",
                columns: table => new
                {
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPartnerCoordinators", x => new { x.PartnerId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TrainingPartnerCoordinators_TrainingPartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "TrainingPartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingProgrammeManagers",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingProgrammeManagers", x => new { x.ProgrammeId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TrainingProgrammeManagers_TrainingProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "TrainingProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessionInstructors",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessionInstructors", x => new { x.SessionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TrainingSessionInstructors_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Trainees_UserId",
                table: "Trainees",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingApplicationReviews_ReviewerId",
                table: "TrainingApplicationReviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPartnerCoordinators_UserId",
                table: "TrainingPartnerCoordinators",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProgrammeManagers_UserId",
                table: "TrainingProgrammeManagers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessionInstructors_UserId",
                table: "TrainingSessionInstructors",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingApplicationReviews");

            migrationBuilder.DropTable(
                name: "TrainingPartnerCoordinators");

            migrationBuilder.DropTable(
                name: "TrainingProgrammeManagers");

            migrationBuilder.DropTable(
                name: "TrainingSessionInstructors");

            migrationBuilder.DropIndex(
                name: "IX_Trainees_UserId",
                table: "Trainees");

            migrationBuilder.DropColumn(
                name: "AlumniOptIn",
                table: "Trainees");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "Trainees");
        }
    }
}
