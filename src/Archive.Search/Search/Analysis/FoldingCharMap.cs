using Archive.Core.Texts.Languages;
using Lucene.Net.Analysis.CharFilters;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The character map of a rules-driven chain's <see cref="MappingCharFilter"/>: the language's
/// <see cref="LanguageRules.WordFolding"/> (search folding, compound separators → space), so a half-spaced compound
/// splits exactly like a spaced one. The map is immutable; each analyzer builds it once.
/// </summary>
internal static class FoldingCharMap
{
    public static NormalizeCharMap Build(LanguageRules rules)
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in rules.WordFolding)
        {
            builder.Add(from.ToString(), to);
        }

        return builder.Build();
    }
}
