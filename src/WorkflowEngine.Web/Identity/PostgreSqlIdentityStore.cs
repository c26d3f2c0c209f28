using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Web.Identity;

/// <summary>Local accounts on PostgreSQL: the same model as <see cref="IdentityStore"/>, with migrations of its own (Identity/PostgreSqlMigrations).</summary>
internal sealed class PostgreSqlIdentityStore(DbContextOptions<PostgreSqlIdentityStore> options) : IdentityStore(options);
