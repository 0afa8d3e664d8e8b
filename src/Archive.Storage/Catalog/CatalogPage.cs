namespace Archive.Core.Catalog;

/// <summary>
/// One page of a list read from the database: its items, where the page starts in the whole list, and how many items
/// the whole list holds (counted by the database, not by loading them).
/// </summary>
public sealed record CatalogPage<T>(IReadOnlyList<T> Items, int Offset, int Total)
{
    /// <summary>Whether the list goes on after this page.</summary>
    public bool HasMore => Offset + Items.Count < Total;
}
