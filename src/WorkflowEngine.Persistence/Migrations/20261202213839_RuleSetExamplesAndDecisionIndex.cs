using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RuleSetExamplesAndDecisionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Examples",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            // A shadow run reads one rule set's decisions over a period. A partial expression
            // index (EF Core cannot model one) keeps that read off the rest of the journal, and
            // only rule decisions pay for it when the journal is appended to.
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_JournalEntries_RuleDecisions\" ON \"JournalEntries\" (json_extract(\"DataJson\", '$.ruleSet'), \"OccurredAt\") WHERE \"Kind\" = 'rule.decided';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_JournalEntries_RuleDecisions\";");

            migrationBuilder.DropColumn(
                name: "Examples",
                table: "Documents");
        }
    }
}
