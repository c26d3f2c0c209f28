using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsRaisedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RecordedBy_OpenedAt",
                table: "Cases",
                columns: new[] { "RecordedBy", "OpenedAt" },
                filter: "\"RecordedBy\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_RecordedBy_OpenedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "Cases");
        }
    }
}
