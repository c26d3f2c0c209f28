using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>With a collector configured, a completed task is one trace: the HTTP request, the engine's command under it, and the database statements under that.</summary>
public sealed class TracingTests
{
    [Fact]
    public async Task A_completed_task_is_traced_from_the_request_through_the_command_to_the_database()
    {
        using var collector = new OtlpCollector();
        using var app = new PostgreSqlWebAppFactory();
        app.Settings["OpenTelemetry:Endpoint"] = collector.Address.ToString();
        var caseId = await ApiCalls.OpenConcernAsync(app, "Trace Hale");
        var task = await ApiCalls.ActiveTaskAsync(app, caseId);
        var mash = await app.As("mash.childrens-social-care");

        await (await mash.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/complete",
            new { outcome = "no-further-action", data = new { decisionRationale = "Already known and supported." } })).JsonAsync();
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(30_000), "The spans were not exported.");

        var spans = collector.Spans.ToList();
        var command = Assert.Single(spans, s => s.Scope == "WorkflowEngine" && s.Name == "CompleteTask"
            && s.Attributes.GetValueOrDefault("workflow.case_id") == caseId.ToString());
        Assert.Equal("Succeeded", command.Attributes["workflow.outcome"]);
        var trace = spans.Where(s => s.TraceId == command.TraceId).ToDictionary(s => s.SpanId);
        var request = trace[command.ParentSpanId];
        Assert.Equal("Microsoft.AspNetCore", request.Scope);
        Assert.Contains("/complete", request.Name, StringComparison.Ordinal);
        var statements = trace.Values.Where(s => s.Scope == "Npgsql" && Under(s, command, trace)).ToList();
        Assert.NotEmpty(statements);
    }

    private static bool Under(ReceivedSpan span, ReceivedSpan ancestor, Dictionary<string, ReceivedSpan> trace)
    {
        for (var parent = span.ParentSpanId; trace.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            if (next.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
