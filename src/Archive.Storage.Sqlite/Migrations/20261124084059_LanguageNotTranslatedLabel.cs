using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class LanguageNotTranslatedLabel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotTranslated",
                table: "Languages",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotTranslated",
                table: "Languages");
        }
    }
}
