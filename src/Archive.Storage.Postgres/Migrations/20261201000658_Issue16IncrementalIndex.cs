using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue16IncrementalIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentTag",
                table: "Resolutions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentTag",
                table: "Resolutions");
        }
    }
}
