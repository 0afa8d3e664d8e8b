using Archive.Core.Texts;
using Lucene.Net.Analysis.CharFilters;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The character map of the Persian chain's <see cref="MappingCharFilter"/>: <see cref="PersianText.SearchFolding"/>
/// plus ZWNJ → space, so a half-spaced compound splits exactly like a spaced one. Built once; the map is immutable.
/// </summary>
internal static class PersianCharMap
{
    public static NormalizeCharMap Instance { get; } = Build();

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in PersianText.SearchFolding)
        {
            builder.Add(from.ToString(), to);
        }

        builder.Add(PersianText.Zwnj.ToString(), " ");
        return builder.Build();
    }
}
