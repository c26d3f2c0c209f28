namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>The live app with four-eyes publishing on, as it is outside Development.</summary>
public sealed class ApprovalRequiredLiveApp() : LiveApp(new Dictionary<string, string> { ["Publishing:RequireApproval"] = "true" });
