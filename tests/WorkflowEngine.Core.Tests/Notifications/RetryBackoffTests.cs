using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(500, 3600)]
    public void The_wait_doubles_from_thirty_seconds_and_stops_at_an_hour(int attempts, int expectedSeconds)
    {
        var wait = RetryBackoff.After(attempts, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), wait);
    }
}
