using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TaskHandoversAndSignOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HandoverFrom",
                table: "Tasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandoverFromRole",
                table: "Tasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HandoverOfferedAt",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignOffsJson",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AwaitingAcceptance",
                table: "Tasks",
                columns: new[] { "HandoverFrom", "Status" },
                filter: "\"HandoverFrom\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_AwaitingAcceptance",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "HandoverFrom",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "HandoverFromRole",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "HandoverOfferedAt",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SignOffsJson",
                table: "Tasks");
        }
    }
}
