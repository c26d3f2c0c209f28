using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Timers;

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
        Assert.Equal("Timers: Lease, PollInterval, BatchSize, FiringConcurrency and MaxAttempts must each be more than zero.", Assert.Single(invalid.Failures));
    }

    private static Exception? Unwrap(Exception? error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;
}
