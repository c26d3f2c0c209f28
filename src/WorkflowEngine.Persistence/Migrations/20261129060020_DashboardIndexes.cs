using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisruptionMeasures_CaseId_RecordedAt",
                table: "DisruptionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ChildKey_OpenedAt_ParentCaseId",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_FirstMaceDiscussionAt_ClosedAt_ChildId_EducationStatus",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ParentCaseId",
                table: "CaseMilestones");

            migrationBuilder.CreateIndex(
                name: "IX_DisruptionMeasures_CaseId_RecordedAt_Measure",
                table: "DisruptionMeasures",
                columns: new[] { "CaseId", "RecordedAt", "Measure" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildKey_ParentCaseId_OpenedAt",
                table: "CaseMilestones",
                columns: new[] { "ChildKey", "ParentCaseId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones",
                columns: new[] { "FirstMaceDiscussionAt", "ClosedAt", "ChildId", "EducationStatus", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Referrals",
                table: "CaseMilestones",
                columns: new[] { "ParentCaseId", "OpenedAt", "ChildKey", "ReReferralWindowFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisruptionMeasures_CaseId_RecordedAt_Measure",
                table: "DisruptionMeasures");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_ChildKey_ParentCaseId_OpenedAt",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones");

            migrationBuilder.DropIndex(
                name: "IX_CaseMilestones_Referrals",
                table: "CaseMilestones");

            migrationBuilder.CreateIndex(
                name: "IX_DisruptionMeasures_CaseId_RecordedAt",
                table: "DisruptionMeasures",
                columns: new[] { "CaseId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildKey_OpenedAt_ParentCaseId",
                table: "CaseMilestones",
                columns: new[] { "ChildKey", "OpenedAt", "ParentCaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_FirstMaceDiscussionAt_ClosedAt_ChildId_EducationStatus",
                table: "CaseMilestones",
                columns: new[] { "FirstMaceDiscussionAt", "ClosedAt", "ChildId", "EducationStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ParentCaseId",
                table: "CaseMilestones",
                column: "ParentCaseId");
        }
    }
}
