using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>
/// Bringing a current-stamped index up to the database by re-indexing only what changed: each title document keeps its
/// resolution's tag (row id and <c>ContentTag</c>, which every save that changes the resolution's text renews); the
/// tags are compared with the database's, one row per resolution, and only the resolutions whose tag differs are read
/// back, deleted by their key term and added again; those no longer in the database are deleted.
/// </summary>
public sealed partial class SearchIndex
{
    /// <summary>The reason <see cref="Inspect"/> gives for an index of this stamp built at an earlier generation: an update, not a rebuild.</summary>
    private const string OlderThanDatabase = "it is older than the database";

    private static readonly HashSet<string> TagFields = [SearchFields.Collection, SearchFields.Resolution, SearchFields.ContentTag];

    private async Task<bool> TryUpdateChangedAsync(CancellationToken cancellationToken)
    {
        var state = await _source.LoadStateAsync(cancellationToken);
        Dictionary<string, string> indexed;
        try
        {
            indexed = IndexedTags();
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            return await TryRebuildAsync($"its resolution tags are unreadable ({ex.GetType().Name}: {ex.Message})", cancellationToken);
        }

        ServeLastCommit();
        var changed = state.Resolutions.Where(r => !indexed.TryGetValue(r.Key, out var tag) || !string.Equals(tag, r.Tag, StringComparison.Ordinal)).ToList();
        var current = state.Resolutions.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var removed = indexed.Keys.Where(k => !current.Contains(k)).ToList();
        LogUpdate(_logger, changed.Count, removed.Count, state.Resolutions.Count);
        IReadOnlyList<IndexedText> texts = changed.Count == 0 ? [] : (await _source.LoadAsync(changed.Select(r => r.Id).ToList(), cancellationToken)).Texts;
        return TryWrite(() =>
        {
            // A resolution renumbered between the two reads is deleted under the key it has now as well.
            var keys = changed.Select(r => r.Key).Concat(removed).Concat(texts.Select(t => t.ResolutionKey)).ToHashSet(StringComparer.Ordinal);
            _writer!.DeleteDocuments(keys.Select(k => new Term(SearchFields.ResolutionKey, k)).ToArray());
            AddAll(texts);

            Commit(state.Languages, state.Generation);
            LastUpdate = new SearchIndexUpdate(Full: false, changed.Count, removed.Count, texts.Count);
        });
    }

    /// <summary>The tag each resolution in the index was indexed at, by key, read from the title documents' stored fields.</summary>
    private Dictionary<string, string> IndexedTags()
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        var titles = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), SearchFields.DocType, new Lucene.Net.Util.BytesRef("title"));
        for (var id = titles?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; id != DocIdSetIterator.NO_MORE_DOCS; id = titles!.NextDoc())
        {
            var doc = reader.Document(id, TagFields);
            if (int.TryParse(doc.Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, out var number))
            {
                tags[IndexedResolution.KeyOf(doc.Get(SearchFields.Collection, CultureInfo.InvariantCulture) ?? string.Empty, number)] = doc.Get(SearchFields.ContentTag, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return tags;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Updating the search index: {Changed} changed and {Removed} removed of {Total} resolutions")]
    private static partial void LogUpdate(ILogger logger, int changed, int removed, int total);
}
