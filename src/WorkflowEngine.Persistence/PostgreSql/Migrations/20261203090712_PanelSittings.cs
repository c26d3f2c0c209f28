using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PanelSittings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PanelSittings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SittingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelSittings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SittingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScreeningRisk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "bigint", nullable: false),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    AgreedRisk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AgreedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AgreedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_PanelSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "PanelSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SittingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesCorrections_PanelSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "PanelSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SittingAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SittingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Apologies = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SittingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SittingAttendance_PanelSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "PanelSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelActions_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_CaseId",
                table: "AgendaItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_SittingId_CaseId",
                table: "AgendaItems",
                columns: new[] { "SittingId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MinutesCorrections_SittingId",
                table: "MinutesCorrections",
                column: "SittingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelActions_AgendaItemId",
                table: "PanelActions",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelSittings_PanelKey_SittingDate",
                table: "PanelSittings",
                columns: new[] { "PanelKey", "SittingDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SittingAttendance_SittingId",
                table: "SittingAttendance",
                column: "SittingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MinutesCorrections");

            migrationBuilder.DropTable(
                name: "PanelActions");

            migrationBuilder.DropTable(
                name: "SittingAttendance");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "PanelSittings");
        }
    }
}
