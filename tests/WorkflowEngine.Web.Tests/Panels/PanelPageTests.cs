using System.Net;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Panels;

/// <summary>The sitting page: the coordinator sees cases put forward in time and adds them; errors show beside the field.</summary>
public sealed class PanelPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Sitting = "/panels/2026-03-17";

    [Fact]
    public async Task The_coordinator_adds_a_case_put_forward_in_time_to_the_agenda()
    {
        var caseId = await PanelCases.PutForwardAsync(app, "Rhys Dale");
        var coordinator = await app.SignedInBrowserAsync("coordinator.childrens-social-care");

        var (status, before) = await coordinator.ReadAsync(Sitting);
        var added = await coordinator.PostFormAsync(Sitting, $"{Sitting}/agenda", [new("caseId", caseId.ToString())]);
        var (_, after) = await coordinator.ReadAsync(Sitting);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Add to the agenda<span class=\"govuk-visually-hidden\">: Rhys Dale</span>", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"id=\"case-{caseId}\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("visually-hidden\">: Rhys Dale<", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_due_in_the_past_is_refused_beside_the_field()
    {
        var caseId = await PanelCases.PutForwardAsync(app, "Sian Ford");
        var coordinator = await app.SignedInBrowserAsync("coordinator.childrens-social-care");
        await coordinator.PostFormAsync(Sitting, $"{Sitting}/agenda", [new("caseId", caseId.ToString())]);

        var refused = await coordinator.PostFormAsync(Sitting, $"{Sitting}/cases/{caseId}/actions",
            [new("agency", "police"), new("text", "Visit."), new("dueOn-day", "1"), new("dueOn-month", "3"), new("dueOn-year", "2026")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"href=\"#action-due-{caseId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"action-due-{caseId}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("The due date is in the past", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_due_on_a_date_that_does_not_exist_is_refused_keeping_what_was_typed()
    {
        var caseId = await PanelCases.PutForwardAsync(app, "Tom Reed");
        var coordinator = await app.SignedInBrowserAsync("coordinator.childrens-social-care");
        await coordinator.PostFormAsync(Sitting, $"{Sitting}/agenda", [new("caseId", caseId.ToString())]);

        var refused = await coordinator.PostFormAsync(Sitting, $"{Sitting}/cases/{caseId}/actions",
            [new("agency", "police"), new("text", "Visit the family at home."), new("dueOn-day", "31"), new("dueOn-month", "2"), new("dueOn-year", "2027")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"href=\"#action-due-{caseId}\"", html, StringComparison.Ordinal);
        Assert.Contains("The due date must be a real date, like 27 3 2027.", html, StringComparison.Ordinal);
        Assert.Contains("Visit the family at home.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"dueOn-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practitioner_who_does_not_sit_on_the_panel_is_refused_the_sitting_page()
    {
        var practitioner = await app.SignedInBrowserAsync("practitioner.health");

        var (status, _) = await practitioner.ReadAsync(Sitting);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
