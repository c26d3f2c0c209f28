namespace WorkflowEngine.Web.Tests.Access;

/// <summary>
/// Who may call each API operation, declared once (docs/api.md says the same in words). Every
/// operation of /openapi/v1.json must have a row; a new operation without one fails the matrix.
/// </summary>
public static class ApiAccessTable
{
    private const int Forbidden = 403;
    private const int NotFound = 404;
    private static readonly Guid Nobody = Guid.Parse("00000000-0000-7000-8000-000000000001");
    private const string Sitting = "/api/panels/sittings/2026-03-31";

    public static IReadOnlyList<AccessRule> Rules { get; } =
    [
        new("post", "/api/auth/token", Everyone, [200], 401, _ => "/api/auth/token") { IsPublic = true },

        new("get", "/api/cases", Everyone, [200], Forbidden, _ => "/api/cases?take=500"),
        new("post", "/api/cases", Everyone, [201], Forbidden, _ => "/api/cases", new
        {
            child = new { name = "Another Child", dateOfBirth = "2011-01-01" },
            contact = new { referrer = "Matrix", concern = "A second, unrelated concern." },
            facts = new { missingEpisodes = 1 },
        }),
        new("get", "/api/cases/{id}", SeesCase, [200], Forbidden, s => $"/api/cases/{s.CaseId}"),
        new("get", "/api/cases/{id}/journal", SeesCase, [200], Forbidden, s => $"/api/cases/{s.CaseId}/journal"),
        new("get", "/api/cases/{id}/tracks", SeesCase, [200], Forbidden, s => $"/api/cases/{s.CaseId}/tracks"),
        new("post", "/api/cases/{id}/tracks", SeesCase, [400], Forbidden, s => $"/api/cases/{s.CaseId}/tracks", new { workflow = "", reason = "" }),
        new("get", "/api/cases/{id}/notes", SeesCase, [200], Forbidden, s => $"/api/cases/{s.CaseId}/notes"),
        new("post", "/api/cases/{id}/notes", SeesCase, [201], Forbidden, s => $"/api/cases/{s.CaseId}/notes",
            new { kind = "note", occurredOn = "2026-03-02", text = "Spoke to the school about attendance." }),
        new("get", "/api/cases/{id}/documents", SeesCase, [200], Forbidden, s => $"/api/cases/{s.CaseId}/documents"),
        new("post", "/api/cases/{id}/documents", SeesCase, [201], Forbidden, s => $"/api/cases/{s.CaseId}/documents",
            (Func<HttpContent>)(() => new MultipartFormDataContent { { new ByteArrayContent("Visit notes."u8.ToArray()), "file", "visit.txt" } })),
        new("get", "/api/cases/{id}/documents/{documentId}", SeesCase, [NotFound], Forbidden, s => $"/api/cases/{s.CaseId}/documents/{Nobody}"),
        new("post", "/api/cases/{id}/move", ManagerSeeingCase, [400], Forbidden, s => $"/api/cases/{s.CaseId}/move", new { transition = "" }),
        new("post", "/api/cases/{id}/close", ManagerSeeingCase, [400], Forbidden, s => $"/api/cases/{s.CaseId}/close", new { reason = "" }),

        new("get", "/api/tasks", Everyone, [200], Forbidden, _ => "/api/tasks"),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/claim", WorksTask, [200, 409], Forbidden, s => Task(s, "claim")),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/release", WorksTask, [200, 409], Forbidden, s => Task(s, "release")),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/complete", WorksTask, [400], Forbidden, s => Task(s, "complete"), new { outcome = "" }),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/reassign", ManagesTask, [400], Forbidden, s => Task(s, "reassign"), new { agency = "" }),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/extend", ManagesTask, [400], Forbidden, s => Task(s, "extend"), new { newDueAt = "2026-04-01T09:00:00Z", reason = "" }),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/escalate", SeesCase, [400], Forbidden, s => Task(s, "escalate"), new { reason = "" }),
        // The seed's task was not passed on and needs no sign-off, so those allowed get 409.
        new("post", "/api/cases/{caseId}/tasks/{taskId}/accept", WorksTask, [409], Forbidden, s => Task(s, "accept")),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/decline", WorksTask, [409], Forbidden, s => Task(s, "decline"), new { reason = "" }),
        new("post", "/api/cases/{caseId}/tasks/{taskId}/sign-off", SeesCase, [409], Forbidden, s => Task(s, "sign-off")),

        new("get", "/api/escalations", ManagerOrAbove, [200], Forbidden, _ => "/api/escalations"),
        new("post", "/api/cases/{caseId}/escalations/{id}/acknowledge", ManagesEscalation, [200, 409], Forbidden, s => Escalation(s, "acknowledge")),
        new("post", "/api/cases/{caseId}/escalations/{id}/resolve", ManagesEscalation, [400], Forbidden, s => Escalation(s, "resolve"), new { note = "" }),

        new("get", "/api/children", Lead, [200], Forbidden, _ => "/api/children?q=child"),
        new("get", "/api/children/{id}", Lead, [NotFound], Forbidden, _ => $"/api/children/{Nobody}"),
        new("post", "/api/children/merge", Lead, [400], Forbidden, _ => "/api/children/merge", new { survivorId = Nobody, mergedId = Nobody, reason = "" }),

        new("get", "/api/dashboard", ManagerOrAbove, [200], Forbidden, _ => "/api/dashboard"),

        .. Definitions("workflows", "cce-referral"),
        new("post", "/api/workflows/{key}/migrations/dry-run", Writer, [400], Forbidden, _ => "/api/workflows/cce-referral/migrations/dry-run", new { fromVersion = 1, toVersion = 1 }),
        new("post", "/api/workflows/{key}/migrations", Writer, [400], Forbidden, _ => "/api/workflows/cce-referral/migrations", new { fromVersion = 1, toVersion = 1 }),
        new("get", "/api/workflows/{key}/versions/{version}/diagram", Everyone, [200], Forbidden, _ => "/api/workflows/cce-referral/versions/1/diagram"),
        .. Definitions("rulesets", "exploitation-screening"),
        new("get", "/api/rulesets/{key}/versions/{version}/examples", Everyone, [200], Forbidden, _ => "/api/rulesets/exploitation-screening/versions/1/examples"),
        new("put", "/api/rulesets/{key}/examples", Writer, [400], Forbidden, _ => "/api/rulesets/exploitation-screening/examples", new { }),
        new("post", "/api/rulesets/{key}/evaluate", Everyone, [200], Forbidden, _ => "/api/rulesets/exploitation-screening/evaluate", new { facts = new { missingEpisodes = 3 } }),

        new("get", "/api/agencies", Everyone, [200], Forbidden, _ => "/api/agencies"),
        new("get", "/api/lists/{key}", Everyone, [200], Forbidden, _ => "/api/lists/extension-reasons"),
        new("get", "/api/facts", Everyone, [200], Forbidden, _ => "/api/facts"),

        new("get", "/api/notifications", Everyone, [200], Forbidden, _ => "/api/notifications"),
        new("post", "/api/notifications/{id}/read", Everyone, [NotFound], Forbidden, _ => $"/api/notifications/{Nobody}/read"),

        // Panel sittings (the 31 March sitting, not yet sat): only those who run the panel build and record it; nobody
        // attends it yet, so only they read it. Recording on a case not on the agenda is 404; confirming or correcting before it sits is 409.
        new("get", "/api/panels/sittings", Everyone, [200], Forbidden, _ => "/api/panels/sittings"),
        new("get", "/api/panels/sittings/{date}", RunsPanel, [200], Forbidden, _ => Sitting),
        new("post", "/api/panels/sittings/{date}/agenda", RunsPanel, [400], Forbidden, _ => $"{Sitting}/agenda", new { }),
        new("post", "/api/panels/sittings/{date}/attendance", RunsPanel, [400], Forbidden, _ => $"{Sitting}/attendance", new { agency = "" }),
        new("put", "/api/panels/sittings/{date}/agenda/{caseId}/discussion", RunsPanel, [NotFound], Forbidden, _ => $"{Sitting}/agenda/{Nobody}/discussion", new { riskLevel = "" }),
        new("post", "/api/panels/sittings/{date}/agenda/{caseId}/actions", RunsPanel, [NotFound], Forbidden, _ => $"{Sitting}/agenda/{Nobody}/actions", new { agency = "" }),
        new("post", "/api/panels/sittings/{date}/confirm", RunsPanel, [409], Forbidden, _ => $"{Sitting}/confirm"),
        new("post", "/api/panels/sittings/{date}/corrections", RunsPanel, [409], Forbidden, _ => $"{Sitting}/corrections", new { text = "" }),

        new("get", "/api/admin/timer-incidents", Admin, [200], Forbidden, _ => "/api/admin/timer-incidents"),
        new("post", "/api/admin/timer-incidents/{id}/retry", Admin, [NotFound], Forbidden, _ => $"/api/admin/timer-incidents/{Nobody}/retry"),
        new("get", "/api/admin/failed-notifications", Admin, [200], Forbidden, _ => "/api/admin/failed-notifications"),
        new("post", "/api/admin/failed-notifications/{id}/retry", Admin, [NotFound], Forbidden, _ => $"/api/admin/failed-notifications/{Nobody}/retry"),
    ];

    private static bool Everyone(MatrixCaller caller, MatrixSeed seed) => true;

    private static bool SeesCase(MatrixCaller caller, MatrixSeed seed) => seed.Sees(caller);

    private static bool ManagerOrAbove(MatrixCaller caller, MatrixSeed seed) => caller.SeesEverything || caller.Role == "manager";

    private static bool ManagerSeeingCase(MatrixCaller caller, MatrixSeed seed) => ManagerOrAbove(caller, seed) && seed.Sees(caller);

    private static bool WorksTask(MatrixCaller caller, MatrixSeed seed) => caller.SeesEverything || caller.Agency == seed.TaskAgency;

    private static bool ManagesTask(MatrixCaller caller, MatrixSeed seed) => caller.SeesEverything || (caller.Role == "manager" && caller.Agency == seed.TaskAgency);

    // The ladder decides (issue 15): the agency's own manager and safeguarding lead, the partnership chair (the top rung) and
    // admins; a lead of another agency is not on this task's ladder.
    private static bool ManagesEscalation(MatrixCaller caller, MatrixSeed seed) =>
        caller.Role == "admin" || caller.Agency == "partnership" || (caller.Role is "manager" or "lead" && caller.Agency == seed.EscalationAgency);

    private static bool Writer(MatrixCaller caller, MatrixSeed seed) => caller.SeesEverything;

    // The MACE coordinator and chair have teams of their own; of the matrix's callers, the leads run the panel.
    private static bool RunsPanel(MatrixCaller caller, MatrixSeed seed) => caller.Role == "lead";

    private static bool Admin(MatrixCaller caller, MatrixSeed seed) => caller.Role == "admin";

    // Merging two records of a child is a safeguarding lead's judgement; admins run the system, not cases.
    private static bool Lead(MatrixCaller caller, MatrixSeed seed) => caller.Role == "lead";

    private static string Task(MatrixSeed seed, string action) => $"/api/cases/{seed.CaseId}/tasks/{seed.TaskId}/{action}";

    private static string Escalation(MatrixSeed seed, string action) => $"/api/cases/{seed.CaseId}/escalations/{seed.EscalationId}/{action}";

    // Publishing, retiring and the approval steps on a version that does not exist: writers get 404 after the role check, so nothing changes.
    private static AccessRule[] Definitions(string kind, string key) =>
    [
        new("get", $"/api/{kind}", Everyone, [200], Forbidden, _ => $"/api/{kind}"),
        new("get", $"/api/{kind}/{{key}}/versions", Everyone, [200], Forbidden, _ => $"/api/{kind}/{key}/versions"),
        new("get", $"/api/{kind}/{{key}}/versions/{{version}}", Everyone, [200], Forbidden, _ => $"/api/{kind}/{key}/versions/1"),
        new("post", $"/api/{kind}/{{key}}/drafts", Writer, [400], Forbidden, _ => $"/api/{kind}/{key}/drafts", new { }),
        new("post", $"/api/{kind}/validate", Everyone, [200], Forbidden, _ => $"/api/{kind}/validate", new { }),
        new("post", $"/api/{kind}/{{key}}/versions/{{version}}/publish", Writer, [NotFound], Forbidden, _ => $"/api/{kind}/{key}/versions/999/publish"),
        new("post", $"/api/{kind}/{{key}}/versions/{{version}}/retire", Writer, [NotFound], Forbidden, _ => $"/api/{kind}/{key}/versions/999/retire"),
        new("post", $"/api/{kind}/{{key}}/versions/{{version}}/submit", Writer, [NotFound], Forbidden, _ => $"/api/{kind}/{key}/versions/999/submit"),
        new("post", $"/api/{kind}/{{key}}/versions/{{version}}/approve", Writer, [NotFound], Forbidden, _ => $"/api/{kind}/{key}/versions/999/approve"),
        new("post", $"/api/{kind}/{{key}}/versions/{{version}}/send-back", Writer, [NotFound], Forbidden, _ => $"/api/{kind}/{key}/versions/999/send-back"),
        new("get", $"/api/{kind}/{{key}}/versions/{{version}}/file", Everyone, [200], Forbidden, _ => $"/api/{kind}/{key}/versions/1/file"),
    ];
}
