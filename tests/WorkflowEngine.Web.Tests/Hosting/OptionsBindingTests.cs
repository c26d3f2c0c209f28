using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Web.Tests.Hosting;

public sealed class OptionsBindingTests
{
    [Fact]
    public async Task The_engine_takes_the_timer_settings_the_host_bound_as_its_one_timer_options()
    {
        await using var app = new WebAppFactory();
        app.Settings["Timers:BatchSize"] = "7";

        var taken = app.Services.GetRequiredService<TimerOptions>();

        Assert.Equal(7, taken.BatchSize);
        Assert.Same(app.Services.GetRequiredService<IOptions<TimerOptions>>().Value, taken);
    }

    [Fact]
    public async Task Timer_settings_that_cannot_work_stop_start_up_naming_the_settings()
    {
        await using var app = new WebAppFactory();
        app.Settings["Timers:PollInterval"] = "00:00:00";

        var error = Record.Exception(() => app.Services);

        var invalid = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Equal("Timers: Lease, PollInterval, BatchSize, FiringConcurrency, CasesFiredTogether and MaxAttempts must each be more than zero.", Assert.Single(invalid.Failures));
    }

    [Theory]
    [InlineData("Persistence:BusyTimeout", "-00:00:01", "Persistence:BusyTimeout cannot be negative.")]
    [InlineData("Persistence:ConnectionString", " ", "Persistence:ConnectionString must name the database.")]
    [InlineData("Engine:FrontDoorWorkflow", " ", "Engine:FrontDoorWorkflow must name the workflow the \"Raise a concern\" page opens cases on.")]
    [InlineData("Engine:ReferenceDirectory", " ", "Engine:WorkflowsDirectory, RulesDirectory and ReferenceDirectory must each name a folder.")]
    [InlineData("Notifications:MaxAttempts", "0", "Notifications:MaxAttempts must be at least 1, not 0.")]
    [InlineData("Notifications:From", "nobody", "Notifications:From 'nobody' is not an e-mail address.")]
    public async Task A_database_engine_or_notification_setting_that_cannot_work_stops_start_up_naming_it(string key, string value, string message)
    {
        await using var app = new WebAppFactory();
        app.Settings[key] = value;

        var error = Record.Exception(() => app.Services);

        var invalid = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Equal(message, Assert.Single(invalid.Failures));
    }

    [Fact]
    public async Task The_engine_notification_and_database_settings_are_the_ones_the_host_bound_from_their_sections()
    {
        await using var app = new WebAppFactory();
        app.Settings["Engine:FrontDoorWorkflow"] = "mace-panel";
        app.Settings["Notifications:MaxAttempts"] = "3";
        app.Settings["Persistence:BusyTimeout"] = "00:00:07";

        var engine = app.Services.GetRequiredService<EngineOptions>();

        Assert.Same(app.Services.GetRequiredService<IOptions<EngineOptions>>().Value, engine);
        Assert.Equal("mace-panel", engine.FrontDoorWorkflow);
        Assert.True(Path.IsPathFullyQualified(engine.ContentRoot));
        Assert.Same(app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value, app.Services.GetRequiredService<NotificationOptions>());
        Assert.Equal(3, app.Services.GetRequiredService<NotificationOptions>().MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(7), app.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value.BusyTimeout);
    }

    private static Exception? Unwrap(Exception? error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;
}
