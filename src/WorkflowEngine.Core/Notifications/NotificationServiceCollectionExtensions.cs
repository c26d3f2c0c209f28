using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkflowEngine.Core.Notifications;

/// <summary>Registers notification delivery. The outbox and inbox stores are registered by the persistence project.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the in-app channel, the outbox dispatcher and the background service that runs it.
    /// E-mail is a channel of its own project (<c>AddWorkflowEmail</c> in WorkflowEngine.Mail), so
    /// Core stays free of mail libraries. Throws at once, listing every problem, if the options are unusable.
    /// </summary>
    public static IServiceCollection AddWorkflowNotifications(this IServiceCollection services, Action<NotificationOptions>? configure = null)
    {
        var options = new NotificationOptions();
        configure?.Invoke(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The notification options are not usable:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, InAppChannel>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
