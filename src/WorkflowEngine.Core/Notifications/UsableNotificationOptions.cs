using Microsoft.Extensions.Options;

namespace WorkflowEngine.Core.Notifications;

/// <summary>Refuses notification options that cannot work, naming every setting at fault at once.</summary>
internal sealed class UsableNotificationOptions : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors);
    }
}
