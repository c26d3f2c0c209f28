using System.Text.Json;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Definitions;

/// <summary>The schema and the model must describe the same format; these tests catch one drifting from the other.</summary>
public class WorkflowSchemaTests
{
    private static readonly JsonElement Schema = WorkflowSchema.Instance.Document;

    public static TheoryData<Type, string> ModelTypes => new()
    {
        { typeof(StageDefinition), "stage" },
        { typeof(StageDecision), "decision" },
        { typeof(TaskDefinition), "task" },
        { typeof(OwnerSpec), "owner" },
        { typeof(DueSpec), "due" },
        { typeof(OutcomeDefinition), "outcome" },
        { typeof(FormField), "formField" },
        { typeof(ChoiceOption), "choice" },
        { typeof(EscalationRung), "escalationRung" },
        { typeof(EscalationTarget), "escalationTarget" },
        { typeof(TransitionDefinition), "transition" },
    };

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void The_schema_allows_exactly_the_settings_of_each_model_record(Type type, string definition)
    {
        var properties = Schema.GetProperty("$defs").GetProperty(definition).GetProperty("properties");

        Assert.Equal(JsonNames(type), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schemas_text_limits_are_the_engines_so_the_designer_states_what_the_validator_enforces()
    {
        var defs = Schema.GetProperty("$defs");
        int Max(JsonElement owner) => owner.GetProperty("maxLength").GetInt32();

        Assert.Equal(Validation.TextLimits.DefinitionKey, Max(defs.GetProperty("key")));
        Assert.Equal(Validation.TextLimits.DefinitionKey, Max(defs.GetProperty("identifier")));
        Assert.Equal(Validation.TextLimits.DefinitionName, Max(defs.GetProperty("text")));
        Assert.Equal(Validation.TextLimits.DefinitionName, Max(defs.GetProperty("transition").GetProperty("properties").GetProperty("label")));
        Assert.Equal(Validation.TextLimits.DefinitionText, Max(Schema.GetProperty("properties").GetProperty("description")));
        foreach (var (definition, property) in new[] { ("stage", "description"), ("task", "description"), ("formField", "hint") })
        {
            Assert.Equal(Validation.TextLimits.DefinitionText, Max(defs.GetProperty(definition).GetProperty("properties").GetProperty(property)));
        }
    }

    [Fact]
    public void The_schema_allows_exactly_the_settings_of_a_workflow_and_its_own_schema_link()
    {
        var properties = Schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(JsonNames(typeof(WorkflowDefinition)), properties.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(TransitionTrigger), "transition", "trigger")]
    [InlineData(typeof(TaskJoin), "decision", "when")]
    [InlineData(typeof(DueAnchor), "due", "from")]
    [InlineData(typeof(FormFieldType), "formField", "type")]
    public void The_schema_lists_every_value_of_each_enum(Type type, string definition, string property)
    {
        var values = Schema.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property).GetProperty("enum");

        Assert.Equal(EnumNames(type), values.EnumerateArray().Select(v => v.GetString()!));
    }

    [Fact]
    public void The_schema_lists_every_escalation_action()
    {
        var values = Schema.GetProperty("$defs").GetProperty("escalationRung").GetProperty("properties")
            .GetProperty("actions").GetProperty("items").GetProperty("enum");

        Assert.Equal(EnumNames(typeof(EscalationAction)), values.EnumerateArray().Select(v => v.GetString()!));
    }

    [Fact]
    public void The_schema_key_patterns_are_the_ones_the_messages_explain()
    {
        var defs = Schema.GetProperty("$defs");

        Assert.Equal(KeyFormats.KebabPattern, defs.GetProperty("key").GetProperty("pattern").GetString());
        Assert.Equal(KeyFormats.CamelPattern, defs.GetProperty("identifier").GetProperty("pattern").GetString());
    }

    private static List<string> JsonNames(Type type) =>
        EngineJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> EnumNames(Type type) =>
        Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName);
}
