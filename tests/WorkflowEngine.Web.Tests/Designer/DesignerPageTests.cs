using System.Net;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Designer;

/// <summary>The designer page: the mount point, the token and the assets, and what people without JavaScript get.</summary>
public sealed class DesignerPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public DesignerPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_lead_gets_the_designer_mount_point_able_to_edit_with_a_token_and_the_assets()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var (status, html) = await lead.ReadAsync("/library/workflows/cce-referral/designer");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Design workflow: Child criminal exploitation referral"], PageClient.Headings(html));
        Assert.StartsWith("Design workflow: Child criminal exploitation referral", PageClient.Title(html), StringComparison.Ordinal);
        Assert.Contains("<div id=\"workflow-designer\" data-workflow-key=\"cce-referral\" data-can-edit=\"true\" data-api-base=\"/designer/workflows\" data-reference-url=\"/designer/reference\"></div>", html, StringComparison.Ordinal);
        Assert.NotEmpty(WebAppFactory.AntiforgeryToken(html));
        Assert.Matches("<link rel=\"stylesheet\" href=\"/designer/designer.css(\\?v=[^\"]+)?\" />|<link rel=\"stylesheet\" href=\"/designer/designer.css(\\?v=[^\"]+)?\">", html);
        Assert.Matches("<script type=\"module\" src=\"/designer/designer.js(\\?v=[^\"]+)?\"></script>", html);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/library/workflows/cce-referral/1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practitioner_may_look_but_not_edit_and_gets_the_diagram_without_javascript()
    {
        var practitioner = await _app.SignedInBrowserAsync("practitioner.police");

        var (status, html) = await practitioner.ReadAsync("/library/workflows/cce-referral/designer");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-can-edit=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("stateDiagram-v2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/library/workflows/cce-referral/1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workflow_that_does_not_exist_is_the_not_found_page()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var (status, html) = await lead.ReadAsync("/library/workflows/no-such-workflow/designer");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["Page not found"], PageClient.Headings(html));
    }

    [Fact]
    public async Task The_library_version_page_links_a_lead_to_the_designer()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var (_, html) = await lead.ReadAsync("/library/workflows/cce-referral/1");

        Assert.Contains("<a class=\"govuk-link\" href=\"/library/workflows/cce-referral/designer\">Open in designer</a>", html, StringComparison.Ordinal);
    }
}
