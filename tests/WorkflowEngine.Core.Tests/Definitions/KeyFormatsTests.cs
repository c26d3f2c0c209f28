using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Definitions;

public class KeyFormatsTests
{
    [Theory]
    [InlineData("Front Door", "front-door")]
    [InlineData("FrontDoor", "front-door")]
    [InlineData("front_door ", "front-door")]
    [InlineData("MACE review", "mace-review")]
    [InlineData("12 weeks", null)]
    public void A_kebab_key_is_suggested_when_one_can_be(string text, string? expected) =>
        Assert.Equal(expected, KeyFormats.SuggestKebab(text));

    [Theory]
    [InlineData("Decision rationale", "decisionRationale")]
    [InlineData("risk-level", "riskLevel")]
    [InlineData("DisruptionMeasures", "disruptionMeasures")]
    [InlineData("?", null)]
    public void A_camel_case_name_is_suggested_when_one_can_be(string text, string? expected) =>
        Assert.Equal(expected, KeyFormats.SuggestCamel(text));
}
