using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChildRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocalReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    NormalisedReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MergeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Children", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Children_NormalisedName_DateOfBirth",
                table: "Children",
                columns: new[] { "NormalisedName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_NormalisedReference",
                table: "Children",
                column: "NormalisedReference",
                filter: "\"NormalisedReference\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Children");
        }
    }
}
