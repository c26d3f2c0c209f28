using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimersEscalationsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalationLevel",
                table: "Tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "MarkedOverdueAt",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Priority",
                table: "Tasks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChildName",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InvolvedAgencies",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReferrerAgency",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Cases stored before these columns existed get them from their JSON and their tasks.
            migrationBuilder.Sql("UPDATE Cases SET ChildName = COALESCE(json_extract(ChildJson, '$.name'), ''), ReferrerAgency = COALESCE(json_extract(ContactJson, '$.referrerAgency'), '');");
            migrationBuilder.Sql("UPDATE Cases SET InvolvedAgencies = '|' || COALESCE((SELECT group_concat(Agency, '|') FROM (SELECT DISTINCT Agency FROM Tasks WHERE Tasks.CaseId = Cases.Id)), '') || '|' WHERE EXISTS (SELECT 1 FROM Tasks WHERE Tasks.CaseId = Cases.Id);");

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByHand = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    RecipientAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    TransitionKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_AssignedTo_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "AssignedTo", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Agency_Role_Status_DueAt",
                table: "Tasks",
                columns: new[] { "Agency", "Role", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChildName",
                table: "Cases",
                column: "ChildName");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_CaseId",
                table: "Escalations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Status_TargetAgency_Level",
                table: "Escalations",
                columns: new[] { "Status", "TargetAgency", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TaskId",
                table: "Escalations",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientAgency_RecipientRole_RecipientPerson_CreatedAt",
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
                name: "IX_Timers_CaseId_Key",
                table: "Timers",
                columns: new[] { "CaseId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Timers_Status_NextAttemptAt",
                table: "Timers",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Timers");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_AssignedTo_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Agency_Role_Status_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ChildName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "MarkedOverdueAt",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ChildName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "InvolvedAgencies",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReferrerAgency",
                table: "Cases");
        }
    }
}
