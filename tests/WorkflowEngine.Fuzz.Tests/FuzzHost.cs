using System.Net.Http.Headers;
using System.Text;
using WorkflowEngine.Web.Tests;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// The app on a real SQLite file (the web tests' <see cref="WebAppFactory"/>), a lead's API client
/// (leads may act on every task, so access never hides a validation path), and a probe of the file.
/// </summary>
public sealed class FuzzHost : IAsyncLifetime
{
    public WebAppFactory App { get; } = new();

    internal StoreProbe Store { get; private set; } = null!;

    public HttpClient Lead { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Lead = await App.As("chair.partnership");
        Store = new StoreProbe(Path.Combine(App.Folder, "workflow.db"));
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh case from a school's concern, and its one open task.</summary>
    public async Task<(Guid CaseId, Guid TaskId)> FreshTaskAsync()
    {
        var caseId = await ApiCalls.OpenConcernAsync(App);
        var task = await ApiCalls.ActiveTaskAsync(App, caseId);
        return (caseId, task["id"]!.GetValue<Guid>());
    }

    /// <summary>Posts JSON text exactly as generated (duplicate keys, lone surrogates and all).</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        Lead.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
}
