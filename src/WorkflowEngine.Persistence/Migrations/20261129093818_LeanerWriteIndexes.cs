using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeanerWriteIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ChildId_NrmConsideredAt",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ReturnInterviewDueAt_OpenedAt_ReturnInterviewHeldAt",
                table: "CaseMilestones");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildId_NrmConsideredAt",
                table: "CaseMilestones",
                columns: new[] { "ChildId", "NrmConsideredAt" },
                filter: "\"NrmConsideredAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones",
                columns: new[] { "FirstMaceDiscussionAt", "ClosedAt", "ChildId", "EducationStatus", "CaseId" },
                filter: "\"FirstMaceDiscussionAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ReturnInterviewDueAt_OpenedAt_ReturnInterviewHeldAt",
                table: "CaseMilestones",
                columns: new[] { "ReturnInterviewDueAt", "OpenedAt", "ReturnInterviewHeldAt" },
                filter: "\"ReturnInterviewDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ChildId_NrmConsideredAt",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ReturnInterviewDueAt_OpenedAt_ReturnInterviewHeldAt",
                table: "CaseMilestones");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildId_NrmConsideredAt",
                table: "CaseMilestones",
                columns: new[] { "ChildId", "NrmConsideredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones",
                columns: new[] { "FirstMaceDiscussionAt", "ClosedAt", "ChildId", "EducationStatus", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ReturnInterviewDueAt_OpenedAt_ReturnInterviewHeldAt",
                table: "CaseMilestones",
                columns: new[] { "ReturnInterviewDueAt", "OpenedAt", "ReturnInterviewHeldAt" });
        }
    }
}
