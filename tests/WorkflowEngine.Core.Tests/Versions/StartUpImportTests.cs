using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

/// <summary>At start-up a file is imported only when it changed since its last import, and never over a lead's newer version.</summary>
public sealed class StartUpImportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "import-" + Guid.NewGuid().ToString("N"));
    private readonly InMemoryDocumentStore _documents = new(new FakeTimeProvider());
    private readonly InMemoryImportedFiles _imported = new();
    private readonly DefinitionPublisher _publisher;
    private readonly CatalogueSynchroniser _synchroniser;

    public StartUpImportTests()
    {
        var reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
        var calendars = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
        _publisher = new DefinitionPublisher(_documents, new RuleSetValidator(reference), reference, calendars);
        _synchroniser = new CatalogueSynchroniser(_publisher, _documents, importedFiles: _imported);
        foreach (var (from, to) in new[] { (RepositoryPaths.Workflows, Workflows), (RepositoryPaths.Rules, Rules) })
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }
    }

    private string Workflows => Path.Combine(_folder, "workflows");

    private string Rules => Path.Combine(_folder, "rules");

    private string WorkflowFile => Path.Combine(Workflows, "cce-referral.json");

    [Fact]
    public async Task A_file_that_did_not_change_is_not_imported_again_even_when_a_lead_retired_its_version()
    {
        await _synchroniser.SyncAsync(Workflows, Rules);
        Assert.True(await _documents.RetireAsync(DocumentKind.Workflow, "exclusion", 1, "lead.police", "Not used here"));

        Assert.Empty(await _synchroniser.SyncAsync(Workflows, Rules));
        Assert.Null(await _documents.GetLatestPublishedAsync(DocumentKind.Workflow, "exclusion"));
    }

    [Fact]
    public async Task A_changed_file_is_published_while_the_version_in_use_came_from_the_files()
    {
        await _synchroniser.SyncAsync(Workflows, Rules);
        await File.WriteAllTextAsync(WorkflowFile, (await File.ReadAllTextAsync(WorkflowFile)).Replace("\"name\": \"", "\"name\": \"Changed: ", StringComparison.Ordinal));

        var published = Assert.Single(await _synchroniser.SyncAsync(Workflows, Rules));

        Assert.Equal(("cce-referral", 2, CatalogueSynchroniser.FilesActor), (published.Key, published.Version, published.CreatedBy));
        var imported = await _imported.GetAsync(DocumentKind.Workflow, "cce-referral");
        Assert.Equal((2, ContentHash.Of(await File.ReadAllTextAsync(WorkflowFile))), (imported!.Version, imported.FileHash));
    }

    [Fact]
    public async Task A_changed_file_becomes_a_draft_when_a_lead_published_a_version_since_and_the_leads_version_stays_in_use()
    {
        await _synchroniser.SyncAsync(Workflows, Rules);
        var original = await File.ReadAllTextAsync(WorkflowFile);
        var leads = await _publisher.PublishAsync(DocumentKind.Workflow, original.Replace("\"name\": \"Child", "\"name\": \"Lead's child", StringComparison.Ordinal), "lead.police");
        Assert.True(leads.Succeeded);
        await File.WriteAllTextAsync(WorkflowFile, original.Replace("\"name\": \"Child", "\"name\": \"File's child", StringComparison.Ordinal));

        Assert.Empty(await _synchroniser.SyncAsync(Workflows, Rules));

        var versions = await _documents.ListVersionsAsync(DocumentKind.Workflow, "cce-referral");
        Assert.Equal([(3, DocumentStatus.Draft, CatalogueSynchroniser.FilesActor), (2, DocumentStatus.Published, "lead.police"), (1, DocumentStatus.Published, CatalogueSynchroniser.FilesActor)],
            versions.Select(v => (v.Version, v.Status, v.CreatedBy)));
        Assert.Equal(2, await _documents.GetLatestPublishedVersionAsync(DocumentKind.Workflow, "cce-referral"));

        // The next start finds the file as it was imported: nothing more happens.
        Assert.Empty(await _synchroniser.SyncAsync(Workflows, Rules));
        Assert.Equal(3, (await _documents.ListVersionsAsync(DocumentKind.Workflow, "cce-referral")).Count);
    }

    [Fact]
    public async Task A_changed_file_does_not_replace_a_draft_a_lead_is_editing()
    {
        await _synchroniser.SyncAsync(Workflows, Rules);
        var original = await File.ReadAllTextAsync(WorkflowFile);
        Assert.True((await _publisher.PublishAsync(DocumentKind.Workflow, original.Replace("\"name\": \"Child", "\"name\": \"Lead's child", StringComparison.Ordinal), "lead.police")).Succeeded);
        Assert.True((await _publisher.SaveDraftAsync(DocumentKind.Workflow, original.Replace("\"name\": \"Child", "\"name\": \"Draft child", StringComparison.Ordinal), "lead.health")).Succeeded);
        await File.WriteAllTextAsync(WorkflowFile, original.Replace("\"name\": \"Child", "\"name\": \"File's child", StringComparison.Ordinal));

        Assert.Empty(await _synchroniser.SyncAsync(Workflows, Rules));

        var draft = (await _documents.ListVersionsAsync(DocumentKind.Workflow, "cce-referral"))[0];
        Assert.Equal((DocumentStatus.Draft, "lead.health"), (draft.Status, draft.CreatedBy));
        Assert.Equal(1, (await _imported.GetAsync(DocumentKind.Workflow, "cce-referral"))!.Version);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
