using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MeasureRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseMilestones",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkflowKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InvolvedAgencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReferralDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReferralDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstMaceDiscussionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EducationStatus = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NrmConsideredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnInterviewHeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnInterviewDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReReferralWindowFrom = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMilestones", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "DisruptionMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisruptionMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EducationEvents",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExclusionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProvisionDueBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProvisionStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SchoolDaysOut = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationEvents", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "IntelligenceSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittingAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PoliceOutcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutcomeRecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntelligenceSubmissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Measures",
                table: "Tasks",
                columns: new[] { "Status", "Agency", "EscalationLevel", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Measures",
                table: "Escalations",
                columns: new[] { "ResolvedAt", "RaisedAt", "TargetAgency" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildId_NrmConsideredAt",
                table: "CaseMilestones",
                columns: new[] { "ChildId", "NrmConsideredAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Period",
                table: "CaseMilestones",
                columns: new[] { "OpenedAt", "ParentCaseId", "ChildKey", "ReReferralWindowFrom", "ReferralDecidedAt", "ReferralDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ReturnInterviewDueAt_OpenedAt_ReturnInterviewHeldAt",
                table: "CaseMilestones",
                columns: new[] { "ReturnInterviewDueAt", "OpenedAt", "ReturnInterviewHeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_WorkflowKey_OpenedAt",
                table: "CaseMilestones",
                columns: new[] { "WorkflowKey", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisruptionMeasures_CaseId_RecordedAt",
                table: "DisruptionMeasures",
                columns: new[] { "CaseId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisruptionMeasures_RecordedAt",
                table: "DisruptionMeasures",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DisruptionMeasures_TaskId_Measure",
                table: "DisruptionMeasures",
                columns: new[] { "TaskId", "Measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_ChildId_NotifiedAt",
                table: "EducationEvents",
                columns: new[] { "ChildId", "NotifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_ExclusionDate",
                table: "EducationEvents",
                column: "ExclusionDate");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceSubmissions_CaseId",
                table: "IntelligenceSubmissions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceSubmissions_ChildId_SubmittedAt",
                table: "IntelligenceSubmissions",
                columns: new[] { "ChildId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseMilestones");

            migrationBuilder.DropTable(
                name: "DisruptionMeasures");

            migrationBuilder.DropTable(
                name: "EducationEvents");

            migrationBuilder.DropTable(
                name: "IntelligenceSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Measures",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Escalations_Measures",
                table: "Escalations");
        }
    }
}
