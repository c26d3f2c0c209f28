using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.Storage;

/// <summary>Recognises a unique-constraint clash, whichever provider raised it.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string SqlStateUniqueViolation = "23505";

    public static bool IsCauseOf(DbUpdateException exception) => exception.InnerException is DbException inner && IsCauseOf(inner);

    public static bool IsCauseOf(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => exception.SqlState == SqlStateUniqueViolation,
    };
}
