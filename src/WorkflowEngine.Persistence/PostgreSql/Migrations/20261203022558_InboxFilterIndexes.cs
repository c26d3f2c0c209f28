using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InboxFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_TaskKey_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "TaskKey", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_HighPriority_Agency_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "Status", "DueAt" },
                filter: "\"Priority\" = 'High'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_TaskKey_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_HighPriority_Agency_Status_DueAt",
                table: "Tasks");
        }
    }
}
