using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.CaseDocuments;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Documents;
using WorkflowEngine.Persistence.Idempotency;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Notifications;
using WorkflowEngine.Persistence.Panels;
using WorkflowEngine.Persistence.Storage;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence;

/// <summary>
/// The engine's database: cases, tasks, escalations, timers, the outbox, the case journal and
/// document versions. This type is SQLite's (its migrations name it); PostgreSQL's derives from it
/// (<see cref="PostgreSql.PostgreSqlEngineDbContext"/>) so each provider has its own migrations.
/// </summary>
internal class EngineDbContext : DbContext
{
    public EngineDbContext(DbContextOptions<EngineDbContext> options)
        : base(options)
    {
    }

    protected EngineDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();

    /// <summary>The words the inbox search finds each case by (its child's name, its reference).</summary>
    internal DbSet<CaseSearchWordRecord> CaseSearchWords => Set<CaseSearchWordRecord>();

    public DbSet<Core.Children.ChildRecord> Children => Set<Core.Children.ChildRecord>();

    public DbSet<JournalEntryRecord> Journal => Set<JournalEntryRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<VersionEventRecord> VersionHistory => Set<VersionEventRecord>();

    public DbSet<ImportedFileRecord> ImportedFiles => Set<ImportedFileRecord>();

    public DbSet<DueTimer> Timers => Set<DueTimer>();

    public DbSet<TaskEscalation> Escalations => Set<TaskEscalation>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InAppNotificationRecord> Notifications => Set<InAppNotificationRecord>();

    public DbSet<CaseMilestones> Milestones => Set<CaseMilestones>();

    public DbSet<DisruptionMeasureRecord> DisruptionMeasures => Set<DisruptionMeasureRecord>();

    public DbSet<IntelligenceSubmission> IntelligenceSubmissions => Set<IntelligenceSubmission>();

    public DbSet<EducationEvent> EducationEvents => Set<EducationEvent>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    /// <summary>Each node's latest heartbeat.</summary>
    internal DbSet<Operations.NodeHeartbeatRecord> NodeHeartbeats => Set<Operations.NodeHeartbeatRecord>();

    public DbSet<PanelSittingRecord> PanelSittings => Set<PanelSittingRecord>();

    public DbSet<SittingAttendanceRecord> SittingAttendance => Set<SittingAttendanceRecord>();

    public DbSet<AgendaItemRecord> AgendaItems => Set<AgendaItemRecord>();

    public DbSet<PanelActionRecord> PanelActions => Set<PanelActionRecord>();

    public DbSet<MinutesCorrectionRecord> MinutesCorrections => Set<MinutesCorrectionRecord>();

    public DbSet<CaseAttachmentRecord> CaseAttachments => Set<CaseAttachmentRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngineDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
