using Archive.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>Analyses each <c>text_LANG</c> field with that language's analyzer from the registry; other fields as keywords.</summary>
public sealed class TextFieldAnalyzer(AnalyzerRegistry analyzers, bool forQuery) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly KeywordAnalyzer _keyword = new();

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        SearchFields.IsTextField(fieldName, out var language)
            ? (forQuery ? analyzers.ForQuery(language) : analyzers.ForIndex(language))
            : _keyword;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _keyword.Dispose();
        }

        base.Dispose(disposing);
    }

    internal static LuceneVersion Version => LuceneVersion.LUCENE_48;
}
