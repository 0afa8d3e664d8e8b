using Archive.Core.Texts;

namespace Archive.Core.Exports;

/// <summary>The collection rows a bundle restores: its collection records (version 2), else one per source slug from what the source states (version 1).</summary>
internal static class BundleCollections
{
    public static IEnumerable<Collection> Of(ArchiveBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.CollectionRecords is { } records)
        {
            foreach (var r in records)
            {
                var collection = new Collection { Slug = r.Slug, Body = r.Body, Event = r.Event, Date = r.Date, Language = r.Language, Direction = r.Direction, Format = r.Format };
                collection.Titles.AddRange(r.Titles.Select(t => new CollectionTitle { Language = t.Key, Text = t.Value }));
                yield return collection;
            }

            yield break;
        }

        foreach (var s in bundle.Collections.DistinctBy(s => s.Slug, StringComparer.Ordinal))
        {
            yield return new Collection { Slug = s.Slug, Body = s.Body, Event = s.Congress, Language = s.Language, Direction = s.Direction, Format = SeedFormats.PlainText };
        }
    }
}
