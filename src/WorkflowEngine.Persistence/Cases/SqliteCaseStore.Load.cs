using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The SQLite store's loads: the reads every command makes, through statements prepared once on pooled read connections:
/// the case (its row, tasks, escalations, timers and dashboard milestones, in one read transaction
/// so the reads see one snapshot) and the latest published version of a workflow or rule set. Through EF Core each
/// was a query that prepared its SQL, opened a pooled connection and materialised through EF's
/// pipeline: on a three-step case, four version reads and a load cost more than the engine's work.
/// </summary>
internal sealed partial class SqliteCaseStore
{
    // Sessions kept idle beyond a burst; more are closed, not kept (each holds a connection).
    private const int MostIdleSessions = 16;

    private readonly ConcurrentBag<Session> _idle = [];
    private readonly Lazy<IModel> _model = new(() =>
    {
        using var db = contexts.CreateDbContext();
        return db.Model;
    });

    public CaseState? Load(Guid caseId) => Use(session => session.Load(caseId, loaded));

    /// <summary>Several cases on one read connection and from one snapshot (the timer dispatcher's batches).</summary>
    public IReadOnlyList<CaseState?> LoadMany(IReadOnlyList<Guid> caseIds) => Use(session => session.LoadMany(caseIds, loaded));

    public Task<IReadOnlyList<CaseState?>> LoadManyAsync(IReadOnlyList<Guid> caseIds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(LoadMany(caseIds));
    }

    public int? LatestPublishedVersion(DocumentKind kind, string key) => Use(session => session.LatestPublishedVersion(kind, key));

    public Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Load(caseId));
    }

    public Task<int?> LatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(LatestPublishedVersion(kind, key));
    }

    private T Use<T>(Func<Session, T> read)
    {
        var session = _idle.TryTake(out var idle) ? idle : new Session(options.Value, _model.Value);
        try
        {
            var result = read(session);
            if (_idle.Count < MostIdleSessions)
            {
                _idle.Add(session);
            }
            else
            {
                session.Dispose();
            }

            return result;
        }
        catch
        {
            // A session that failed is not trusted again.
            session.Dispose();
            throw;
        }
    }

    private void DisposeReadSessions()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Statement _case;
        private readonly Statement _tasks;
        private readonly Statement _escalations;
        private readonly Statement _timers;
        private readonly Statement _milestones;
        private readonly SqliteCommand _latestVersion;

        public Session(PersistenceOptions options, IModel model)
        {
            _connection = SqlitePragmas.Open(options);

            // The orders are the ones the engine relies on (tasks as created, timers as due).
            _case = new Statement(_connection, TableShape.Of(model, typeof(CaseRecord)), nameof(CaseRecord.Id), "\"Id\"");
            _tasks = new Statement(_connection, TableShape.Of(model, typeof(TaskRecord)), nameof(TaskRecord.CaseId), "\"CreatedAt\", \"StageVisit\", \"TaskKey\", \"Id\"");
            _escalations = new Statement(_connection, TableShape.Of(model, typeof(TaskEscalation)), nameof(TaskEscalation.CaseId), "\"RaisedAt\", \"Id\"");
            _timers = new Statement(_connection, TableShape.Of(model, typeof(DueTimer)), nameof(DueTimer.CaseId), "\"DueAt\", \"Key\"");
            _milestones = new Statement(_connection, TableShape.Of(model, typeof(CaseMilestones)), nameof(CaseMilestones.CaseId), "\"CaseId\"");

            // Kind and status are stored by name, as the Documents table's configuration says.
            _latestVersion = _connection.CreateCommand();
            _latestVersion.CommandText = "SELECT \"Version\" FROM \"Documents\" WHERE \"Kind\" = @kind AND \"Key\" = @key AND \"Status\" = @published ORDER BY \"Version\" DESC LIMIT 1";
            _latestVersion.Parameters.Add(new SqliteParameter("@kind", SqliteType.Text));
            _latestVersion.Parameters.Add(new SqliteParameter("@key", SqliteType.Text));
            _latestVersion.Parameters.Add(new SqliteParameter("@published", DocumentStatus.Published.ToString()));
            _latestVersion.Prepare();
        }

        public int? LatestPublishedVersion(DocumentKind kind, string key)
        {
            _latestVersion.Parameters[0].Value = kind.ToString();
            _latestVersion.Parameters[1].Value = key;
            return _latestVersion.ExecuteScalar() is long version ? (int)version : null;
        }

        public CaseState? Load(Guid caseId, LoadedRows loaded)
        {
            using var snapshot = _connection.BeginTransaction(deferred: true);
            return Load(snapshot, caseId, loaded);
        }

        public CaseState?[] LoadMany(IReadOnlyList<Guid> caseIds, LoadedRows loaded)
        {
            using var snapshot = _connection.BeginTransaction(deferred: true);
            var states = new CaseState?[caseIds.Count];
            for (var i = 0; i < caseIds.Count; i++)
            {
                states[i] = Load(snapshot, caseIds[i], loaded);
            }

            return states;
        }

        private CaseState? Load(SqliteTransaction snapshot, Guid caseId, LoadedRows loaded)
        {
            var record = (CaseRecord?)_case.Rows(snapshot, caseId).FirstOrDefault();
            if (record is null)
            {
                return null;
            }

            var tasks = new List<CaseTask>();
            foreach (TaskRecord row in _tasks.Rows(snapshot, caseId))
            {
                var task = TaskMapper.ToModel(row);
                loaded.Remember(task, row);
                tasks.Add(task);
            }

            var state = CaseMapper.ToModel(record, tasks);
            loaded.Remember(state, record);
            state.Escalations.AddRange(_escalations.Rows(snapshot, caseId).Cast<TaskEscalation>());
            state.Timers.AddRange(_timers.Rows(snapshot, caseId).Cast<DueTimer>());
            if (_milestones.Rows(snapshot, caseId).FirstOrDefault() is CaseMilestones milestones)
            {
                loaded.Remember(state, record.Version, milestones);
            }

            return state;
        }

        public void Dispose()
        {
            _case.Dispose();
            _tasks.Dispose();
            _escalations.Dispose();
            _timers.Dispose();
            _milestones.Dispose();
            _latestVersion.Dispose();
            _connection.Dispose();
        }
    }

    private sealed class Statement : IDisposable
    {
        private readonly TableShape _shape;
        private readonly SqliteCommand _command;

        public Statement(SqliteConnection connection, TableShape shape, string column, string orderBy)
        {
            _shape = shape;
            _command = connection.CreateCommand();
            _command.CommandText = shape.SelectWhere(column, orderBy);
            var key = shape.Columns.Single(c => c.Name == column);
            _command.Parameters.Add(key.Mapping.CreateParameter(_command, "@value", value: null, nullable: false));
            _command.Prepare();
        }

        public List<object> Rows(SqliteTransaction snapshot, Guid caseId)
        {
            _command.Transaction = snapshot;
            _command.Parameters[0].Value = caseId;
            var rows = new List<object>();
            using var reader = _command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(_shape.Read(reader));
            }

            return rows;
        }

        public void Dispose() => _command.Dispose();
    }
}
