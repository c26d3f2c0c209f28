using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InboxPriorityIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_AssignedTo_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_Role_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_TaskKey_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_HighPriority_Agency_Status_DueAt",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_AssignedTo_Status_Priority_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "AssignedTo", "Status", "Priority", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_Role_Status_Priority_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "Role", "Status", "Priority", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_Status_Priority_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "Status", "Priority", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_TaskKey_Status_Priority_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "TaskKey", "Status", "Priority", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_AssignedTo_Status_Priority_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_Role_Status_Priority_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_Status_Priority_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_TaskKey_Status_Priority_DueAt",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_AssignedTo_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "AssignedTo", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_Role_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "Role", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "Status", "DueAt" });

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
    }
}
