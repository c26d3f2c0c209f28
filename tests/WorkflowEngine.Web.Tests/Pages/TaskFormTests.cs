using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Features.Tasks;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>A task's form read from a posted page, for every field type, and Core's error paths mapped to the fields.</summary>
public sealed class TaskFormTests
{
    private static readonly TaskDefinition Task = new()
    {
        Key = "every-type",
        Title = "Every type",
        Owner = new OwnerSpec { Agency = "police" },
        Due = new DueSpec { WorkingDays = 1 },
        Outcomes = [new("done", "Done")],
        Form =
        [
            new FormField { Key = "notes", Label = "Notes", Type = FormFieldType.LongText },
            new FormField { Key = "name", Label = "Name", Type = FormFieldType.Text },
            new FormField { Key = "count", Label = "Count", Type = FormFieldType.Integer },
            new FormField { Key = "score", Label = "Score", Type = FormFieldType.Number },
            new FormField { Key = "seen", Label = "Seen", Type = FormFieldType.Boolean },
            new FormField { Key = "when", Label = "When", Type = FormFieldType.Date },
            new FormField { Key = "level", Label = "Level", Type = FormFieldType.Choice, ChoiceList = "risk-levels" },
            new FormField { Key = "measures", Label = "Measures", Type = FormFieldType.MultiChoice, Choices = [new("a", "A"), new("b", "B")] },
        ],
    };

    [Fact]
    public void Every_field_type_is_read_into_the_json_Core_checks()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["field-notes"] = "Long\ntext", ["field-name"] = " Jo ", ["field-count"] = "3", ["field-score"] = "2.5", ["field-seen"] = "false",
            ["field-when-day"] = "27", ["field-when-month"] = "3", ["field-when-year"] = "2026", ["field-level"] = "high", ["field-measures"] = new(["a", "b"]),
        });

        var (data, errors) = TaskForm.Read(Task, form);

        Assert.Empty(errors);
        Assert.Equal("""{"notes":"Long\ntext","name":"Jo","count":3,"score":2.5,"seen":false,"when":"2026-03-27","level":"high","measures":["a","b"]}""",
            data.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Answers_that_cannot_be_read_are_errors_beside_their_fields_and_blank_answers_are_left_out()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["field-count"] = "three", ["field-score"] = "x", ["field-when-day"] = "31", ["field-when-month"] = "2", ["field-when-year"] = "2026", ["field-name"] = "  ",
        });

        var (data, errors) = TaskForm.Read(Task, form);

        Assert.Empty(data);
        Assert.Equal(["field-count", "field-score", "field-when-day"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Core_error_paths_map_to_the_fields_the_error_summary_links_to()
    {
        Assert.Equal("outcome", TaskForm.FieldFor(Task, "$.outcome"));
        Assert.Equal("field-level", TaskForm.FieldFor(Task, "$.data.level"));
        Assert.Equal("field-when-day", TaskForm.FieldFor(Task, "$.data.when"));
        Assert.Null(TaskForm.FieldFor(Task, "$.data.unknown"));
        Assert.Null(TaskForm.FieldFor(Task, "$.taskId"));
    }

    [Fact]
    public void Choices_come_from_the_reference_list_and_recorded_answers_show_again()
    {
        var reference = new ReferenceData([], new Dictionary<string, IReadOnlyList<ReferenceItem>> { ["risk-levels"] = [new("low", "Low"), new("high", "High")] }, []);
        var recorded = new JsonObject { ["level"] = "high", ["when"] = "2026-03-27", ["seen"] = true, ["measures"] = new JsonArray("b") };

        var fields = TaskForm.Fields(Task, reference, null, recorded).ToDictionary(f => f.Name);

        Assert.Equal(["low", "high"], fields["field-level"].Options.Select(o => o.Value));
        Assert.Equal(["high"], fields["field-level"].Values);
        Assert.Equal(["27", "3", "2026"], fields["field-when"].Values);
        Assert.Equal(["true"], fields["field-seen"].Values);
        Assert.Equal(["b"], fields["field-measures"].Values);
    }
}
