using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Mail;

/// <summary>Registers e-mail as a notification channel.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Adds the e-mail channel and the configured mailbox directory. Call after
    /// <c>AddWorkflowNotifications</c>, whose <see cref="NotificationOptions"/> say where mail goes
    /// (SMTP when a host is set, otherwise a pickup folder of .eml files).
    /// </summary>
    public static IServiceCollection AddWorkflowEmail(this IServiceCollection services)
    {
        services.TryAddSingleton<IMailboxDirectory, ConfiguredMailboxDirectory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, EmailChannel>());
        return services;
    }
}
