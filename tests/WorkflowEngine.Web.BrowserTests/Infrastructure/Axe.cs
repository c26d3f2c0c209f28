using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>Accessibility scans with axe-core (Deque.AxeCore.Playwright): every page must have 0 violations.</summary>
internal static class Axe
{
    /// <summary>Runs axe on the page as it stands and fails with every violation listed.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length == 0)
        {
            return;
        }

        Assert.Fail(Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe found {violations.Length} violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
                {
                    text.AppendLine("      " + message);
                }
            }
        }

        return text.ToString();
    }
}
