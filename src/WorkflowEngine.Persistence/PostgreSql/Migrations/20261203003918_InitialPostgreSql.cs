using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkflowEngine.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseMilestones",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkflowKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    RiskLevel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InvolvedAgencies = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReferralDecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReferralDeadline = table.Column<long>(type: "bigint", nullable: true),
                    FirstMaceDiscussionAt = table.Column<long>(type: "bigint", nullable: true),
                    EducationStatus = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NrmConsideredAt = table.Column<long>(type: "bigint", nullable: true),
                    ReturnInterviewHeldAt = table.Column<long>(type: "bigint", nullable: true),
                    ReturnInterviewDueAt = table.Column<long>(type: "bigint", nullable: true),
                    ReReferralWindowFrom = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMilestones", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkflowKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkflowVersion = table.Column<int>(type: "integer", nullable: false),
                    StageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StageEnteredAt = table.Column<long>(type: "bigint", nullable: false),
                    StageVisit = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosureReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ChildJson = table.Column<string>(type: "jsonb", nullable: false),
                    ChildName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReferrerAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvolvedAgencies = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ContactJson = table.Column<string>(type: "jsonb", nullable: false),
                    FactsJson = table.Column<string>(type: "jsonb", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    JournalSequence = table.Column<long>(type: "bigint", nullable: false),
                    JournalHead = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisruptionMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisruptionMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Examples = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EducationEvents",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExclusionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NotifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    ProvisionDueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ProvisionStartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SchoolDaysOut = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationEvents", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyKeys",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Body = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyKeys", x => new { x.UserId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "IntelligenceSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittingAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmittedTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    PoliceOutcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OutcomeRecordedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntelligenceSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecipientPerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReadAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RecipientAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientPerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecipientRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DataJson = table.Column<string>(type: "json", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => new { x.CaseId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_JournalEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StageVisit = table.Column<int>(type: "integer", nullable: false),
                    TaskKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssignedTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DataJson = table.Column<string>(type: "jsonb", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    EscalatedAt = table.Column<long>(type: "bigint", nullable: true),
                    RemindedAt = table.Column<long>(type: "bigint", nullable: true),
                    MarkedOverdueAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tasks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: true),
                    TransitionKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Timers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByHand = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TargetAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Escalations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Escalations_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildId_NrmConsideredAt",
                table: "CaseMilestones",
                columns: new[] { "ChildId", "NrmConsideredAt" },
                filter: "\"NrmConsideredAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ChildKey_ParentCaseId_OpenedAt",
                table: "CaseMilestones",
                columns: new[] { "ChildKey", "ParentCaseId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Mace",
                table: "CaseMilestones",
                columns: new[] { "FirstMaceDiscussionAt", "ClosedAt", "ChildId", "EducationStatus", "CaseId" },
                filter: "\"FirstMaceDiscussionAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Period",
                table: "CaseMilestones",
                columns: new[] { "OpenedAt", "ParentCaseId", "ChildKey", "ReReferralWindowFrom", "ReferralDecidedAt", "ReferralDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_Referrals",
                table: "CaseMilestones",
                columns: new[] { "ParentCaseId", "OpenedAt", "ChildKey", "ReReferralWindowFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_ReturnInterviewDueAt_OpenedAt_ReturnIntervie~",
                table: "CaseMilestones",
                columns: new[] { "ReturnInterviewDueAt", "OpenedAt", "ReturnInterviewHeldAt" },
                filter: "\"ReturnInterviewDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_WorkflowKey_OpenedAt",
                table: "CaseMilestones",
                columns: new[] { "WorkflowKey", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChildId",
                table: "Cases",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChildName",
                table: "Cases",
                column: "ChildName");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkflowKey_WorkflowVersion",
                table: "Cases",
                columns: new[] { "WorkflowKey", "WorkflowVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_DisruptionMeasures_CaseId_RecordedAt_Measure",
                table: "DisruptionMeasures",
                columns: new[] { "CaseId", "RecordedAt", "Measure" });

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
                name: "IX_Documents_Kind_Key_Version",
                table: "Documents",
                columns: new[] { "Kind", "Key", "Version" },
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
                name: "IX_Escalations_CaseId",
                table: "Escalations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Measures",
                table: "Escalations",
                columns: new[] { "ResolvedAt", "RaisedAt", "TargetAgency" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Status_TargetAgency_Level",
                table: "Escalations",
                columns: new[] { "Status", "TargetAgency", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TaskId",
                table: "Escalations",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyKeys_ExpiresAt",
                table: "IdempotencyKeys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceSubmissions_CaseId",
                table: "IntelligenceSubmissions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceSubmissions_ChildId_SubmittedAt",
                table: "IntelligenceSubmissions",
                columns: new[] { "ChildId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientAgency_RecipientRole_RecipientPerson~",
                table: "Notifications",
                columns: new[] { "RecipientAgency", "RecipientRole", "RecipientPerson", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CaseId",
                table: "Outbox",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAt" });

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
                name: "IX_Tasks_CaseId",
                table: "Tasks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Measures",
                table: "Tasks",
                columns: new[] { "Status", "Agency", "EscalationLevel", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Timers_CaseId_Key",
                table: "Timers",
                columns: new[] { "CaseId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Timers_Status_NextAttemptAt",
                table: "Timers",
                columns: new[] { "Status", "NextAttemptAt" });

            // The journal is append-only: a trigger refuses every update, delete and truncate,
            // whoever connects (the hash chain then shows what an owner with DDL rights changed).
            migrationBuilder.Sql("""
                CREATE FUNCTION "JournalEntries_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The case journal is append-only.' USING ERRCODE = 'restrict_violation';
                END;
                $$;
                CREATE TRIGGER "JournalEntries_NoUpdate" BEFORE UPDATE OR DELETE ON "JournalEntries"
                    FOR EACH ROW EXECUTE FUNCTION "JournalEntries_AppendOnly"();
                CREATE TRIGGER "JournalEntries_NoTruncate" BEFORE TRUNCATE ON "JournalEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION "JournalEntries_AppendOnly"();
                """);

            // A case save is one batch in one implicit transaction: a checked write that finds
            // its row moved on calls this, and the error rolls the whole save back (the store
            // reports a conflict) without a second round trip to decide.
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "{{PostgreSqlRowCheck.FunctionName}}"(touched bigint) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    IF touched <> 1 THEN
                        RAISE EXCEPTION 'A row changed since it was read.' USING ERRCODE = '{{PostgreSqlRowCheck.SqlState}}';
                    END IF;
                END;
                $$;
                """);

            // A shadow run reads one rule set's decisions over a period: a partial expression
            // index keeps that read off the rest of the journal (as on SQLite).
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_JournalEntries_RuleDecisions\" ON \"JournalEntries\" ((\"DataJson\" ->> 'ruleSet'), \"OccurredAt\") WHERE \"Kind\" = 'rule.decided';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_JournalEntries_RuleDecisions\";");
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS \"{PostgreSqlRowCheck.FunctionName}\"(bigint);");
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "JournalEntries_NoTruncate" ON "JournalEntries";
                DROP TRIGGER IF EXISTS "JournalEntries_NoUpdate" ON "JournalEntries";
                DROP FUNCTION IF EXISTS "JournalEntries_AppendOnly"();
                """);

            migrationBuilder.DropTable(
                name: "CaseMilestones");

            migrationBuilder.DropTable(
                name: "DisruptionMeasures");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "EducationEvents");

            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "IdempotencyKeys");

            migrationBuilder.DropTable(
                name: "IntelligenceSubmissions");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Timers");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
