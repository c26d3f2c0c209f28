using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DropEscalationTaskKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Escalations_Tasks_TaskId",
                table: "Escalations");

            migrationBuilder.DropIndex(
                name: "IX_Escalations_TaskId",
                table: "Escalations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TaskId",
                table: "Escalations",
                column: "TaskId");

            migrationBuilder.AddForeignKey(
                name: "FK_Escalations_Tasks_TaskId",
                table: "Escalations",
                column: "TaskId",
                principalTable: "Tasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
