using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewCadenceAndCalendarFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Cadence",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CalendarTokenHash",
                table: "Plans",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CalendarTokenHash",
                table: "Plans",
                column: "CalendarTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_CalendarTokenHash",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Cadence",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "CalendarTokenHash",
                table: "Plans");
        }
    }
}
