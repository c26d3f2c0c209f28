using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;

namespace WorkflowEngine.Core.Tests.Children;

public sealed class ChildMatchingTests
{
    private static readonly DateTimeOffset Then = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Born = new(2012, 3, 4);

    private static ChildRecord Record(string name, DateOnly? born, string? reference = null, int daysLater = 0) =>
        ChildRecord.For(new ChildDetails(name, born, reference), Guid.NewGuid(), Then.AddDays(daysLater));

    [Fact]
    public void The_local_reference_wins_over_a_name_and_date_of_birth_match()
    {
        var byName = Record("Jay Smith", Born);
        var byReference = Record("J. Smith-Jones", new DateOnly(2012, 3, 5), "LA-1234", daysLater: 1);

        var match = ChildMatching.Match(new ChildDetails("Jay Smith", Born, " la-1234 "), [byName, byReference]);

        Assert.NotNull(match);
        Assert.Same(byReference, match.Record);
        Assert.Equal(ChildMatching.ByReference, match.MatchedBy);
    }

    [Fact]
    public void A_name_and_date_of_birth_match_ignores_case_and_spacing()
    {
        var known = Record("Jay  Smith", Born);

        var match = ChildMatching.Match(new ChildDetails("  jay SMITH ", Born), [known]);

        Assert.NotNull(match);
        Assert.Same(known, match.Record);
        Assert.Equal(ChildMatching.ByNameAndDateOfBirth, match.MatchedBy);
    }

    [Fact]
    public void Without_a_date_of_birth_a_name_alone_never_matches()
    {
        var known = Record("Jay Smith", null);

        Assert.Null(ChildMatching.Match(new ChildDetails("Jay Smith"), [known]));
        Assert.Null(ChildMatching.Match(new ChildDetails("Jay Smith", Born), [known]));
    }

    [Fact]
    public void A_different_date_of_birth_is_another_child()
    {
        var known = Record("Jay Smith", Born);

        Assert.Null(ChildMatching.Match(new ChildDetails("Jay Smith", Born.AddDays(1)), [known]));
    }

    [Fact]
    public void A_record_with_another_reference_is_another_child_even_with_the_same_name_and_date_of_birth()
    {
        var known = Record("Jay Smith", Born, "LA-1");

        Assert.Null(ChildMatching.Match(new ChildDetails("Jay Smith", Born, "LA-2"), [known]));
    }

    [Fact]
    public void A_reference_given_for_a_child_recorded_without_one_still_matches_by_name_and_date_of_birth()
    {
        var known = Record("Jay Smith", Born);

        var match = ChildMatching.Match(new ChildDetails("Jay Smith", Born, "LA-2"), [known]);

        Assert.Same(known, match?.Record);
    }

    [Fact]
    public void Of_several_matching_records_the_oldest_is_chosen()
    {
        var newer = Record("Jay Smith", Born, daysLater: 3);
        var older = Record("Jay Smith", Born);

        Assert.Same(older, ChildMatching.Match(new ChildDetails("Jay Smith", Born), [newer, older])?.Record);
    }

    [Theory]
    [InlineData("  Jay \t  Smith ", "jay smith")]
    [InlineData("JAY SMITH", "jay smith")]
    [InlineData("", "")]
    public void Names_are_normalised_for_matching(string name, string expected) =>
        Assert.Equal(expected, ChildMatching.NormaliseName(name));

    [Theory]
    [InlineData(" la 12 34 ", "LA1234")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void References_are_normalised_for_matching(string? reference, string? expected) =>
        Assert.Equal(expected, ChildMatching.NormaliseReference(reference));
}
