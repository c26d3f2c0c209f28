using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// The engine's database on PostgreSQL: the same model as SQLite's, with its own migrations
/// (this type is the one they name) and PostgreSQL's JSON types.
/// </summary>
internal sealed class PostgreSqlEngineDbContext(DbContextOptions<PostgreSqlEngineDbContext> options) : EngineDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // JSON the engine reads whole is jsonb: checked on write and stored parsed.
        modelBuilder.Entity<CaseRecord>(cases =>
        {
            cases.Property(c => c.ChildJson).HasColumnType("jsonb");
            cases.Property(c => c.ContactJson).HasColumnType("jsonb");
            cases.Property(c => c.FactsJson).HasColumnType("jsonb");
        });
        modelBuilder.Entity<TaskRecord>().Property(t => t.DataJson).HasColumnType("jsonb");

        // A search word's prefix is a range of the word index; only the "C" collation orders by
        // code point, as the range's end (CaseSearchWords.After) assumes, and lets the index serve it.
        modelBuilder.Entity<CaseSearchWordRecord>().Property(w => w.Word).UseCollation("C");

        // The journal's data is json, not jsonb: json keeps the text byte for byte, and each
        // entry's hash is over that text (jsonb would reorder keys and break the chain).
        modelBuilder.Entity<JournalEntryRecord>().Property(j => j.DataJson).HasColumnType("json");
    }
}
