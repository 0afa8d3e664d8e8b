using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Collections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Resolutions_Number",
                table: "Resolutions");

            migrationBuilder.AddColumn<int>(
                name: "CollectionId",
                table: "SourceDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CollectionId",
                table: "Resolutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Collections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Event = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Date = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Collections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CollectionTitles",
                columns: table => new
                {
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CollectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionTitles", x => new { x.CollectionId, x.Language });
                    table.ForeignKey(
                        name: "FK_CollectionTitles_Collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "Collections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // An archive before collections held one collection, the first (wpi-congress-12): its documents and
            // resolutions become that collection's; the next import brings its metadata in line.
            migrationBuilder.Sql(
                "INSERT INTO Collections (Slug, Body, Event, Language, Direction, Format) " +
                "SELECT 'wpi-congress-12', Body, Congress, Language, Direction, 'plain-text' FROM SourceDocuments ORDER BY Id LIMIT 1;");
            migrationBuilder.Sql(
                "UPDATE SourceDocuments SET CollectionId = (SELECT Id FROM Collections WHERE Slug = 'wpi-congress-12') " +
                "WHERE EXISTS (SELECT 1 FROM Collections WHERE Slug = 'wpi-congress-12');");
            migrationBuilder.Sql(
                "UPDATE Resolutions SET CollectionId = (SELECT Id FROM Collections WHERE Slug = 'wpi-congress-12') " +
                "WHERE EXISTS (SELECT 1 FROM Collections WHERE Slug = 'wpi-congress-12');");

            migrationBuilder.CreateIndex(
                name: "IX_SourceDocuments_CollectionId",
                table: "SourceDocuments",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_CollectionId_Number",
                table: "Resolutions",
                columns: new[] { "CollectionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Collections_Slug",
                table: "Collections",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Resolutions_Collections_CollectionId",
                table: "Resolutions",
                column: "CollectionId",
                principalTable: "Collections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SourceDocuments_Collections_CollectionId",
                table: "SourceDocuments",
                column: "CollectionId",
                principalTable: "Collections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Resolutions_Collections_CollectionId",
                table: "Resolutions");

            migrationBuilder.DropForeignKey(
                name: "FK_SourceDocuments_Collections_CollectionId",
                table: "SourceDocuments");

            migrationBuilder.DropTable(
                name: "CollectionTitles");

            migrationBuilder.DropTable(
                name: "Collections");

            migrationBuilder.DropIndex(
                name: "IX_SourceDocuments_CollectionId",
                table: "SourceDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Resolutions_CollectionId_Number",
                table: "Resolutions");

            migrationBuilder.DropColumn(
                name: "CollectionId",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "CollectionId",
                table: "Resolutions");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_Number",
                table: "Resolutions",
                column: "Number",
                unique: true);
        }
    }
}
