using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SilkRoad.Training.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingFollowUpResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StillInField = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppliedLearning = table.Column<bool>(type: "INTEGER", nullable: false),
                    Promoted = table.Column<bool>(type: "INTEGER", nullable: false),
                    WouldRecommend = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFollowUpResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFollowUpResponses_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingFollowUpSurveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFollowUpSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFollowUpSurveys_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUpResponses_EnrolmentId",
                table: "TrainingFollowUpResponses",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFollowUpSurveys_SessionId",
                table: "TrainingFollowUpSurveys",
                column: "SessionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingFollowUpResponses");

            migrationBuilder.DropTable(
                name: "TrainingFollowUpSurveys");
        }
    }
}
