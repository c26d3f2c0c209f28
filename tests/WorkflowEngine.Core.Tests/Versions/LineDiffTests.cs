using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

public sealed class LineDiffTests
{
    [Fact]
    public void Lines_in_both_are_kept_and_the_others_are_marked_removed_or_added_in_order()
    {
        var lines = LineDiff.Compare("a\nb\nc\nd", "a\nc\nx\nd\r\n");

        Assert.Equal(
            [(DiffLineKind.Kept, "a"), (DiffLineKind.Removed, "b"), (DiffLineKind.Kept, "c"), (DiffLineKind.Added, "x"), (DiffLineKind.Kept, "d")],
            lines.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Identical_texts_have_only_kept_lines()
    {
        Assert.All(LineDiff.Compare("{\n  \"key\": 1\n}", "{\n  \"key\": 1\n}\n"), l => Assert.Equal(DiffLineKind.Kept, l.Kind));
    }
}
