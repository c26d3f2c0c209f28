using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Mail;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class NotificationRegistrationTests
{
    [Fact]
    public void The_defaults_are_usable_and_match_the_documented_policy()
    {
        var options = new NotificationOptions();

        Assert.Empty(options.Validate());
        Assert.Equal((8, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), TimeSpan.FromMinutes(2), "data/mail-pickup"),
            (options.MaxAttempts, options.RetryBaseDelay, options.RetryMaxDelay, options.LeaseDuration, options.PickupDirectory));
    }

    [Fact]
    public void Unusable_options_stop_start_up_with_every_problem_listed()
    {
        var services = new ServiceCollection().AddWorkflowNotifications(o =>
        {
            o.From = "not an address";
            o.MaxAttempts = 0;
            o.LeaseDuration = TimeSpan.Zero;
        });

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(services));

        Assert.Equal(
            [
                "Notifications:From 'not an address' is not an e-mail address.",
                "Notifications:MaxAttempts must be at least 1, not 0.",
                "Notifications:LeaseDuration must be longer than zero, not 00:00:00.",
            ],
            error.Failures);
        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<NotificationOptions>) && d.ImplementationType == typeof(UsableNotificationOptions));
    }

    [Fact]
    public void Registration_with_email_adds_both_channels_the_directory_the_dispatcher_and_its_background_service()
    {
        var services = new ServiceCollection().AddWorkflowNotifications(o => o.MaxAttempts = 3).AddWorkflowEmail();

        Assert.Equal([typeof(InAppChannel), typeof(EmailChannel)], services.Where(d => d.ServiceType == typeof(INotificationChannel)).Select(d => d.ImplementationType));
        Assert.Contains(services, d => d.ServiceType == typeof(IMailboxDirectory) && d.ImplementationType == typeof(ConfiguredMailboxDirectory));
        Assert.Contains(services, d => d.ServiceType == typeof(OutboxDispatcher));
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxDispatcherService));
        Assert.NotNull(services.Single(d => d.ServiceType == typeof(NotificationOptions)).ImplementationFactory); // read when first resolved
        Assert.Equal(3, Resolve(services).MaxAttempts);
    }

    // The options as the container would make them: every configuration registered, then the check.
    private static NotificationOptions Resolve(IServiceCollection services) =>
        new OptionsFactory<NotificationOptions>(
            services.Select(d => d.ImplementationInstance).OfType<IConfigureOptions<NotificationOptions>>(),
            [],
            [new UsableNotificationOptions()]).Create(Options.DefaultName);
}
