namespace WorkflowEngine.Core.Validation;

/// <summary>
/// The dates the engine accepts: a child's date of birth in the past and within the age the
/// partnership serves, and a due date extended no further than it could plan for.
/// </summary>
public static class DateLimits
{
    /// <summary>The oldest a child (or care leaver) the service is for can be, in years.</summary>
    public const int ChildMaxAgeYears = 25;

    /// <summary>How long before it is recorded a contact (or the event a track follows up) may have been received, in days.</summary>
    public const int ReceiptMaxAgeDays = 30;

    /// <summary>How far ahead of now a due date may be extended, in years.</summary>
    public const int ExtensionMaxYears = 2;

    /// <summary>Why the date of birth cannot be taken, or null when it can (or is not given).</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="now">The current time.</param>
    /// <param name="path">The JSON path of the field.</param>
    public static ValidationError? CheckDateOfBirth(DateOnly? dateOfBirth, DateTimeOffset now, string path)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return dateOfBirth switch
        {
            { } born when born > today => new("case.child-born-in-future", path, "The child's date of birth must be in the past."),
            { } born when born < today.AddYears(-ChildMaxAgeYears) => new("case.child-too-old", path,
                $"The child's date of birth must be within the last {ChildMaxAgeYears} years: this service is for children and young people. Check the year."),
            _ => null,
        };
    }

    /// <summary>Why a task cannot be extended to this due time, or null when it can as far as the calendar goes.</summary>
    /// <param name="newDueAt">The new due time.</param>
    /// <param name="now">The current time.</param>
    /// <param name="path">The JSON path of the field.</param>
    public static ValidationError? CheckExtension(DateTimeOffset newDueAt, DateTimeOffset now, string path) =>
        newDueAt > now.AddYears(ExtensionMaxYears)
            ? new("extension.too-far", path,
                $"The new due time must be no more than {ExtensionMaxYears} years from now. Extend it again nearer the time if it is still needed.")
            : null;

    /// <summary>
    /// Why the time a contact was received (or a track's event happened) cannot be taken, or null when
    /// it can (or is not given): never in the future, and no more than <see cref="ReceiptMaxAgeDays"/>
    /// days back, since a deadline counted from an older time would already be long past.
    /// </summary>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="now">The current time.</param>
    /// <param name="path">The JSON path of the field.</param>
    /// <param name="what">What was received, in words, e.g. "the contact".</param>
    public static ValidationError? CheckReceivedAt(DateTimeOffset? receivedAt, DateTimeOffset now, string path, string what = "the contact") => receivedAt switch
    {
        { } at when at > now => new("case.received-in-future", path, $"The time {what} was received cannot be in the future."),
        { } at when at < now.AddDays(-ReceiptMaxAgeDays) => new("case.received-too-long-ago", path,
            $"The time {what} was received must be within the last {ReceiptMaxAgeDays} days. Record an older concern as received today and say when it happened in the concern."),
        _ => null,
    };
}
