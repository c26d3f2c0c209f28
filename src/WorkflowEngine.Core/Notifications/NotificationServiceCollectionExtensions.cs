using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowEngine.Core.Notifications.Email;

namespace WorkflowEngine.Core.Notifications;

/// <summary>Registers notification delivery. The outbox and inbox stores are registered by the persistence project.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the in-app and e-mail channels, the configured mailbox directory, the outbox dispatcher
    /// and the background service that runs it. Throws at once, listing every problem, if the options are unusable.
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
        services.TryAddSingleton<IMailboxDirectory, ConfiguredMailboxDirectory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, InAppChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, EmailChannel>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
