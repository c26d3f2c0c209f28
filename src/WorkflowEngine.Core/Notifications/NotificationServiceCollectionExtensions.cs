using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace WorkflowEngine.Core.Notifications;

/// <summary>Registers notification delivery. The outbox and inbox stores are registered by the persistence project.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the in-app channel, the outbox dispatcher and the background service that runs it.
    /// E-mail is a channel of its own project (<c>AddWorkflowEmail</c> in WorkflowEngine.Mail), so
    /// Core stays free of mail libraries. The <see cref="NotificationOptions"/> are bound by the host
    /// from the <see cref="NotificationOptions.SectionName"/> section (or set by <paramref name="configure"/>)
    /// and checked at start-up: unusable options stop it, listing every problem.
    /// </summary>
    public static IServiceCollection AddWorkflowNotifications(this IServiceCollection services, Action<NotificationOptions>? configure = null)
    {
        var options = services.AddOptions<NotificationOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, UsableNotificationOptions>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, InAppChannel>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
