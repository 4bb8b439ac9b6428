using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SilkRoad.Training.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Withdrawals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "TrainingEnrolments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "TrainingEnrolments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "TrainingApplications",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "TrainingApplications",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "TrainingEnrolments");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "TrainingEnrolments");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "TrainingApplications");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "TrainingApplications");
        }
    }
}
