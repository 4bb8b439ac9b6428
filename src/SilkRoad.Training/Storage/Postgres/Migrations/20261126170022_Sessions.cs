using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SilkRoad.Training.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Sessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CompletionMinAttendancePercent",
                table: "TrainingSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CompletionMinQuizPercent",
                table: "TrainingSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrainingCourseMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    ScheduleItemId = table.Column<int>(type: "integer", nullable: true),
                    ResourceId = table.Column<long>(type: "bigint", nullable: true),
                    VideoUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCourseMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCourseMaterials_TrainingScheduleItems_ScheduleItemId",
                        column: x => x.ScheduleItemId,
                        principalTable: "TrainingScheduleItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TrainingCourseMaterials_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingQuizQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Options = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CorrectOption = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingQuizQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingQuizQuestions_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<int>(type: "integer", nullable: false),
                    Instruction = table.Column<int>(type: "integer", nullable: false),
                    Organisation = table.Column<int>(type: "integer", nullable: false),
                    Usefulness = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSurveyResponses_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingMaterialViews",
                columns: table => new
                {
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    MaterialId = table.Column<int>(type: "integer", nullable: false),
                    FirstViewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingMaterialViews", x => new { x.EnrolmentId, x.MaterialId });
                    table.ForeignKey(
                        name: "FK_TrainingMaterialViews_TrainingCourseMaterials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "TrainingCourseMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingMaterialViews_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingQuizAnswers",
                columns: table => new
                {
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    ChosenOption = table.Column<int>(type: "integer", nullable: false),
                    Correct = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingQuizAnswers", x => new { x.EnrolmentId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_TrainingQuizAnswers_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingQuizAnswers_TrainingQuizQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "TrainingQuizQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourseMaterials_ScheduleItemId",
                table: "TrainingCourseMaterials",
                column: "ScheduleItemId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourseMaterials_SessionId",
                table: "TrainingCourseMaterials",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMaterialViews_MaterialId",
                table: "TrainingMaterialViews",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingQuizAnswers_QuestionId",
                table: "TrainingQuizAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingQuizQuestions_SessionId",
                table: "TrainingQuizQuestions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSurveyResponses_EnrolmentId",
                table: "TrainingSurveyResponses",
                column: "EnrolmentId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingMaterialViews");

            migrationBuilder.DropTable(
                name: "TrainingQuizAnswers");

            migrationBuilder.DropTable(
                name: "TrainingSurveyResponses");

            migrationBuilder.DropTable(
                name: "TrainingCourseMaterials");

            migrationBuilder.DropTable(
                name: "TrainingQuizQuestions");

            migrationBuilder.DropColumn(
                name: "CompletionMinAttendancePercent",
                table: "TrainingSessions");

            migrationBuilder.DropColumn(
                name: "CompletionMinQuizPercent",
                table: "TrainingSessions");
        }
    }
}
