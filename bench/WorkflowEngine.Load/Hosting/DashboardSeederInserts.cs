using System.Globalization;
using Microsoft.Data.Sqlite;
using static WorkflowEngine.Load.Hosting.DashboardSeeder;

namespace WorkflowEngine.Load.Hosting;

/// <summary>The prepared INSERT statements of <see cref="DashboardSeeder"/>.</summary>
internal sealed class Inserts(SqliteConnection connection)
{
    public SqliteCommand Case { get; } = Prepare(connection, """
        INSERT INTO Cases (Id, ChildId, ParentCaseId, WorkflowKey, WorkflowVersion, StageKey, StageEnteredAt, StageVisit, Status, ClosureReason, OpenedAt, ClosedAt,
            ChildJson, ChildName, ReferrerAgency, InvolvedAgencies, ContactJson, FactsJson, Version, JournalSequence, JournalHead)
        VALUES ($id, $child, $parent, $wf, 1, 'seeded', $opened, 1, $status, NULL, $opened, $closed,
            '{"name":"Seeded child"}', 'Seeded child', 'education', $agencies, '{"referrer":"Seed","referrerAgency":"education","concern":"Seeded.","urgent":false}', '{}', 1, 0, '')
        """);

    public SqliteCommand Milestone { get; } = Prepare(connection, """
        INSERT INTO CaseMilestones (CaseId, ChildId, ChildKey, ParentCaseId, WorkflowKey, OpenedAt, ClosedAt, RiskLevel, InvolvedAgencies, ReferralDecidedAt,
            ReferralDeadline, FirstMaceDiscussionAt, EducationStatus, NrmConsideredAt, ReturnInterviewHeldAt, ReturnInterviewDueAt, ReReferralWindowFrom)
        VALUES ($id, $child, $key, $parent, $wf, $opened, $closed, $risk, $agencies, $decided, $deadline, $mace, $edu, $nrm, $held, $rhiDue, $window)
        """);

    public SqliteCommand Education { get; } = Prepare(connection, """
        INSERT INTO EducationEvents (CaseId, ChildId, ParentCaseId, Kind, ExclusionDate, NotifiedAt, ProvisionDueBy, ProvisionStartDate, SchoolDaysOut)
        VALUES ($id, $child, $parent, 'suspension', $date, $notified, $due, $start, $out)
        """);

    public SqliteCommand Measure { get; } = Prepare(connection,
        "INSERT INTO DisruptionMeasures (Id, CaseId, TaskId, Agency, Measure, RecordedAt) VALUES ($id, $case, $task, $agency, $measure, $at)");

    public SqliteCommand Intelligence { get; } = Prepare(connection, """
        INSERT INTO IntelligenceSubmissions (Id, CaseId, TaskId, ChildId, SubmittingAgency, SubmittedBy, SubmittedTo, SubmittedAt, PoliceOutcome, OutcomeRecordedAt)
        VALUES ($id, $case, $task, $child, 'education', 'Seed', 'police', $at, 'recorded', $at)
        """);

    public SqliteCommand TaskRow { get; } = Prepare(connection, """
        INSERT INTO Tasks (Id, CaseId, StageKey, StageVisit, TaskKey, Title, Agency, Role, AssignedTo, Status, CreatedAt, DueAt, ClosedAt, ClosedBy, Outcome,
            DataJson, Reason, Priority, EscalationLevel, Version)
        VALUES ($id, $case, 'seeded', 1, $key, 'Seeded task', $agency, NULL, NULL, $status, $created, $due, $closed, NULL, NULL, NULL, NULL, 'Normal', $level, 1)
        """);

    public SqliteCommand Escalation { get; } = Prepare(connection, """
        INSERT INTO Escalations (Id, CaseId, TaskId, Level, RaisedAt, RaisedBy, ByHand, Reason, TargetAgency, TargetRole, Status, ResolvedAt, ResolvedBy, Resolution)
        VALUES ($id, $case, $task, $level, $raised, 'system', 0, 'Seeded.', $agency, 'team-manager', $status, $resolved, $by, $resolution)
        """);

    public void Use(SqliteTransaction transaction)
    {
        foreach (var command in new[] { Case, Milestone, Education, Measure, Intelligence, TaskRow, Escalation })
        {
            command.Transaction = transaction;
        }
    }

    public async Task TaskAsync(Random random, string caseId, DateTimeOffset created, string agency, CancellationToken cancellationToken)
    {
        var roll = random.Next(100);
        var status = roll < 88 ? "Completed" : roll < 94 ? "Open" : roll < 97 ? "Claimed" : "Escalated";
        var level = status == "Escalated" ? random.Next(1, 5) : 0;
        var taskId = Guid.NewGuid().ToString().ToUpperInvariant();
        var due = created.AddDays(random.Next(1, 15));
        Set(TaskRow, "$id", taskId); Set(TaskRow, "$case", caseId); Set(TaskRow, "$key", "task-" + random.Next(7).ToString(CultureInfo.InvariantCulture));
        Set(TaskRow, "$agency", agency); Set(TaskRow, "$status", status); Set(TaskRow, "$created", created.UtcTicks); Set(TaskRow, "$due", due.UtcTicks);
        Set(TaskRow, "$closed", status == "Completed" ? due.AddDays(-random.Next(0, 3)).UtcTicks : null); Set(TaskRow, "$level", level);
        await TaskRow.ExecuteNonQueryAsync(cancellationToken);
        if (level > 0 || random.Next(100) < 3)
        {
            var resolved = level == 0 ? due.AddDays(random.Next(1, 10)).AddHours(random.Next(24)) : (DateTimeOffset?)null;
            Set(Escalation, "$id", Guid.NewGuid().ToString().ToUpperInvariant()); Set(Escalation, "$case", caseId); Set(Escalation, "$task", taskId);
            Set(Escalation, "$level", Math.Max(level, 1)); Set(Escalation, "$raised", due.AddDays(2).UtcTicks); Set(Escalation, "$agency", agency);
            Set(Escalation, "$status", resolved is null ? "Open" : "Resolved"); Set(Escalation, "$resolved", resolved?.UtcTicks);
            Set(Escalation, "$by", resolved is null ? null : "manager"); Set(Escalation, "$resolution", resolved is null ? null : "Sorted.");
            await Escalation.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-zA-Z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
