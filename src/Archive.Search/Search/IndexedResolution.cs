using System.Globalization;

namespace Archive.Core.Search;

/// <summary>
/// A resolution as the database has it, for comparing with the index: its row <paramref name="Id"/>, its index key
/// (<c>collection/number</c>) and its tag, <c>id:contentTag</c>, which changes with every save that changes its indexed text.
/// </summary>
public sealed record IndexedResolution(int Id, string Key, string Tag)
{
    public static string KeyOf(string collection, int number) => collection + "/" + number.ToString(CultureInfo.InvariantCulture);

    public static string TagOf(int id, string? contentTag) => id.ToString(CultureInfo.InvariantCulture) + ":" + contentTag;
}
