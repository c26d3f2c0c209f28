using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A contact: a concern about a named child, which opens a case.</summary>
/// <param name="WorkflowKey">The workflow to run, e.g. <c>cce-referral</c>.</param>
/// <param name="Child">The child.</param>
/// <param name="Contact">Who raised it and what they saw.</param>
/// <param name="Facts">Indicator facts (catalogue keys only), e.g. <c>{"missingEpisodes": 3}</c>.</param>
/// <param name="Actor">Who records the contact.</param>
/// <param name="ChildId">The child's identity when already known (links tracks); a new one otherwise.</param>
public sealed record OpenCaseCommand(
    string WorkflowKey,
    ChildDetails Child,
    ContactDetails Contact,
    JsonObject Facts,
    string Actor,
    Guid? ChildId = null);

/// <summary>
/// Runs <see cref="OpenCaseCommand"/>: opens a case from a contact on the latest published version of
/// the workflow, joins it to the child's record, and runs it to its first tasks. Every problem with
/// the contact is reported at once.
/// </summary>
public sealed class OpenCaseHandler : ICaseCommandHandler<OpenCaseCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;
    private readonly IChildRegistry? _children;

    internal OpenCaseHandler(CaseCommandRunner runner, IChildRegistry? children)
    {
        _runner = runner;
        _children = children;
    }

    /// <inheritdoc />
    public async Task<CommandResult<CaseState>> HandleAsync(OpenCaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var activity = CaseCommandRunner.StartCommand("OpenCase", null);
        var result = await OpenAsync(command, cancellationToken);
        activity?.SetTag("workflow.outcome", result.Status.ToString());
        activity?.SetTag("workflow.case_id", result.Value?.Id.ToString());
        return result;
    }

    /// <summary>
    /// Every problem with a contact (child, referrer, concern, facts), without opening anything:
    /// for a form that found problems of its own and must show all of them at once.
    /// </summary>
    public IReadOnlyList<ValidationError> Check(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ValidateContact(command);
    }

    private async Task<CommandResult<CaseState>> OpenAsync(OpenCaseCommand command, CancellationToken cancellationToken)
    {
        var errors = ValidateContact(command);
        var versions = new PublishedVersionSnapshot();
        var workflow = await _runner.Workflows.GetLatestAsync(command.WorkflowKey, versions, cancellationToken);
        if (workflow is null)
        {
            // A workflow that exists but has no published version is the partnership's fault, not the sender's.
            if (await _runner.Workflows.IsKnownAsync(command.WorkflowKey, cancellationToken))
            {
                return RuleInputFaults.NotPublished("workflow", command.WorkflowKey, "$.workflow");
            }

            errors.Add(new("case.unknown-workflow", "$.workflow", $"There is no published workflow called '{command.WorkflowKey}'."));
        }

        if (errors.Count > 0)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors);
        }

        var now = _runner.Time.GetUtcNow();
        var facts = (JsonObject)command.Facts.DeepClone();
        AddContactFacts(facts, command, now);
        // Receipt defaults to now: a contact typed in as it arrives was received when it was recorded.
        var contact = command.Contact with { ReceivedAt = command.Contact.ReceivedAt ?? now, RecordedBy = command.Actor };
        var (childId, match, newChild) = await ResolveChildAsync(command, now, cancellationToken);
        var state = Case.NewState(workflow!, childId, null, command.Child, contact, facts, now);
        var opening = new Case(state, workflow!, now, command.Actor, isNew: true, _runner.Navigator.Notices(workflow!), versions: versions);
        opening.Record("case.opened", new JsonObject
        {
            ["childRecord"] = ChildRecordEntry(childId, match),
            ["workflow"] = workflow!.Key,
            ["version"] = workflow.Version,
            ["child"] = JsonSerializerNode(command.Child),
            ["contact"] = JsonSerializerNode(contact),
            ["receivedAt"] = contact.ReceivedAt,
            ["recordedBy"] = command.Actor,
            ["recordedAt"] = now,
            ["facts"] = command.Facts.DeepClone(),
        });
        if (await RuleInputFaults.CatchAsync(() => _runner.Navigator.EnterStageAsync(opening, workflow.Definition.StartStage, "start", cancellationToken)) is { } unusable) return unusable;
        var changes = _runner.ChangesOf(opening);
        changes[0].AddedChild = newChild;
        var saved = await _runner.SaveAsync(changes, "OpenCase", cancellationToken);
        return saved == SaveOutcome.Saved
            ? CommandResult<CaseState>.Success(state)
            : CaseCommandRunner.Conflict();
    }

    private List<ValidationError> ValidateContact(OpenCaseCommand command)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(command.Child.Name))
        {
            errors.Add(new("case.child-name-required", "$.child.name", "Enter the child's name."));
        }

        if (DateLimits.CheckDateOfBirth(command.Child.DateOfBirth, _runner.Time.GetUtcNow(), "$.child.dateOfBirth") is { } dob) errors.Add(dob);
        if (DateLimits.CheckReceivedAt(command.Contact.ReceivedAt, _runner.Time.GetUtcNow(), "$.contact.receivedAt") is { } received) errors.Add(received);

        if (string.IsNullOrWhiteSpace(command.Contact.Referrer))
        {
            errors.Add(new("case.referrer-required", "$.contact.referrer", "Enter who raised the concern."));
        }

        if (!_runner.Reference.AgenciesByKey.ContainsKey(command.Contact.ReferrerAgency ?? string.Empty))
        {
            errors.Add(new("case.unknown-agency", "$.contact.referrerAgency", $"'{command.Contact.ReferrerAgency}' is not an agency of the partnership. Choose the referrer's agency from the list."));
        }

        if (string.IsNullOrWhiteSpace(command.Contact.Concern))
        {
            errors.Add(new("case.concern-required", "$.contact.concern", "Describe the concern: what was seen or heard."));
        }

        errors.AddRange(CaseFacts.Validate(command.Facts, _runner.Reference));
        errors.AddRange(InputLimits.Contact(command));
        return errors;
    }

    /// <summary>Facts the contact itself gives, so rules can read them like any indicator.</summary>
    private void AddContactFacts(JsonObject facts, OpenCaseCommand command, DateTimeOffset now)
    {
        void Set(string key, JsonNode? value)
        {
            if (_runner.Reference.FactsByKey.ContainsKey(key) && !facts.ContainsKey(key))
            {
                facts[key] = value;
            }
        }

        Set("urgent", command.Contact.Urgent);
        Set("referrerAgency", command.Contact.ReferrerAgency);
        if (command.Child.DateOfBirth is { } dob)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var age = today.Year - dob.Year - (today < dob.AddYears(today.Year - dob.Year) ? 1 : 0);
            Set("ageYears", age);
        }
    }

    /// <summary>
    /// Which child record a new contact belongs to: the one it matches (followed to the record it was
    /// merged into), or a new record written with the case. A caller that names the child is taken
    /// at its word (the record is made if it has none).
    /// </summary>
    private async Task<(Guid ChildId, ChildMatch? Match, ChildRecord? NewChild)> ResolveChildAsync(OpenCaseCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (command.ChildId is { } given)
        {
            var known = _children is null || await _children.GetAsync(given, cancellationToken) is not null;
            return (given, null, known ? null : ChildRecord.For(command.Child, given, now));
        }

        var id = Guid.CreateVersion7(now);
        if (_children is null)
        {
            return (id, null, null);
        }

        var candidates = await _children.FindCandidatesAsync(
            ChildMatching.NormaliseReference(command.Child.Reference), ChildMatching.NormaliseName(command.Child.Name), command.Child.DateOfBirth, cancellationToken);
        if (ChildMatching.Match(command.Child, candidates) is not { } match)
        {
            return (id, null, ChildRecord.For(command.Child, id, now));
        }

        var record = match.Record;
        // A bounded walk: merges are refused into a merged record, so chains are short.
        for (var hop = 0; hop < 16 && record.MergedIntoId is { } next; hop++)
        {
            record = await _children.GetAsync(next, cancellationToken) ?? record;
        }

        return (record.Id, match with { Record = record }, null);
    }

    private static JsonObject ChildRecordEntry(Guid childId, ChildMatch? match) => new()
    {
        ["id"] = childId,
        ["matched"] = match is not null,
        ["matchedBy"] = match?.MatchedBy,
    };

    private static JsonNode? JsonSerializerNode<T>(T value) => JsonSerializer.SerializeToNode(value, EngineJson.Options);
}
