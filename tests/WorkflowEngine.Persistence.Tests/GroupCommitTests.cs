using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// Saves queued behind a commit are committed together: what one save finds (a conflict, a
/// failure) is its own and undoes nothing of the others (the writer then writes the batch again,
/// each save in a savepoint of its own).
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Saves_queued_while_another_writer_holds_the_turn_are_committed_in_one_transaction()
    {
        var cases = Enumerable.Range(0, 10).Select(_ => SampleCases.NewCase()).ToList();
        var before = _db.Writer.Commits;

        Task<SaveOutcome>[] saves;
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            saves = [.. cases.Select(c => _db.Cases.SaveAsync([SampleCases.Opening(c)]))];
            Assert.All(saves, s => Assert.False(s.IsCompleted));
        }

        Assert.All(await Task.WhenAll(saves), outcome => Assert.Equal(SaveOutcome.Saved, outcome));
        Assert.Equal(1, _db.Writer.Commits - before);
        foreach (var @case in cases)
        {
            Assert.NotNull(await _db.Cases.LoadAsync(@case.Id));
        }
    }

    [Fact]
    public async Task A_conflict_in_a_group_undoes_that_save_alone()
    {
        var contested = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(contested)]);
        var first = (await _db.Cases.LoadAsync(contested.Id))!;
        var second = (await _db.Cases.LoadAsync(contested.Id))!;
        var bystander = SampleCases.NewCase();

        var winning = SampleCases.Command(first, note: "First");
        var losing = SampleCases.Command(second, note: "Second");
        SampleCases.Modify(losing, second.Tasks[0], t => t.Status = CaseTaskStatus.Cancelled);
        Task<SaveOutcome> won, lost, other;
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            won = _db.Cases.SaveAsync([winning]);
            lost = _db.Cases.SaveAsync([losing]);
            other = _db.Cases.SaveAsync([SampleCases.Opening(bystander)]);
        }

        Assert.Equal((SaveOutcome.Saved, SaveOutcome.Conflict, SaveOutcome.Saved), (await won, await lost, await other));
        var stored = (await _db.Cases.LoadAsync(contested.Id))!;
        Assert.Equal((2L, CaseTaskStatus.Open), (stored.Version, stored.Tasks[0].Status));
        Assert.Equal(["case.opened", "note.added"], (await _db.Cases.ReadJournalAsync(contested.Id)).Select(e => e.Kind));
        Assert.NotNull(await _db.Cases.LoadAsync(bystander.Id));
    }

    [Fact]
    public async Task A_save_that_fails_in_a_group_fails_alone_and_the_others_are_committed()
    {
        var orphan = SampleCases.NewCase();
        var broken = new CaseChangeSet { Case = orphan, IsNew = false, ExpectedVersion = 1 };
        // An update of a case that is not there finds no row: a conflict.
        broken.AddedTasks.Add(SampleCases.NewTask(orphan));
        var good = SampleCases.NewCase();

        Task<SaveOutcome> failing, fine;
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            failing = _db.Cases.SaveAsync([broken]);
            fine = _db.Cases.SaveAsync([SampleCases.Opening(good)]);
        }

        Assert.Equal(SaveOutcome.Conflict, await failing);
        Assert.Equal(SaveOutcome.Saved, await fine);

        // A task of a case that does not exist breaks a foreign key: the case row written before it goes too.
        var foreignKey = SampleCases.NewCase();
        var noCase = new CaseChangeSet { Case = foreignKey, IsNew = true, ExpectedVersion = 0 };
        noCase.AddedTasks.Add(SampleCases.NewTask(SampleCases.NewCase()));
        var other = SampleCases.NewCase();
        Task<SaveOutcome> throwing, kept;
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            throwing = _db.Cases.SaveAsync([noCase]);
            kept = _db.Cases.SaveAsync([SampleCases.Opening(other)]);
        }

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => throwing);
        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
        Assert.Equal(SaveOutcome.Saved, await kept);
        Assert.Null(await _db.Cases.LoadAsync(foreignKey.Id));
        Assert.NotNull(await _db.Cases.LoadAsync(other.Id));
    }

    [Fact]
    public async Task A_save_cancelled_while_it_waits_for_its_turn_is_never_written()
    {
        var @case = SampleCases.NewCase();
        using var cancel = new CancellationTokenSource();
        Task<SaveOutcome> save;
        using (await _db.Writes.EnterAsync(CancellationToken.None))
        {
            save = _db.Cases.SaveAsync([SampleCases.Opening(@case)], cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => save);
        }

        // The next writer drains the queue; the withdrawn save must not be in it.
        Assert.Equal(SaveOutcome.Saved, await _db.Cases.SaveAsync([SampleCases.Opening(SampleCases.NewCase())]));
        Assert.Null(await _db.Cases.LoadAsync(@case.Id));
    }
}
