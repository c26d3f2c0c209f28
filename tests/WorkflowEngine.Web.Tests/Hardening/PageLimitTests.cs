namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>The pages say how much a text box takes, with the GOV.UK character count.</summary>
public sealed class PageLimitTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public PageLimitTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_concern_form_states_the_limit_of_each_text_box_and_counts_the_concern()
    {
        var browser = await _app.SignedInBrowserAsync("dsl.education");

        var page = await browser.GetStringAsync(new Uri("/concerns/new", UriKind.Relative));

        Assert.Contains("You can enter up to 10,000 characters", page, StringComparison.Ordinal);
        Assert.Contains("data-module=\"govuk-character-count\" data-maxlength=\"10000\"", page, StringComparison.Ordinal);
        Assert.Contains("<div id=\"ChildName-hint\" class=\"govuk-hint\">Up to 200 characters.</div>", page, StringComparison.Ordinal);
        Assert.Contains("For example, a school or NHS number. Up to 50 characters.", page, StringComparison.Ordinal);
    }
}
