using System.Globalization;
using System.Text.Json;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Exports;

/// <summary>
/// Restores an <see cref="ArchiveBundle"/> into an empty database, all or nothing (<c>archive import FILE.json</c>):
/// the file is read and checked whole before anything is written, and written in one transaction. A bad file is an
/// <see cref="ArchiveFaultException"/> whose one line names the file and what is wrong in it.
/// </summary>
public sealed class BundleRestorer(IDbContextFactory<ArchiveDbContext> contexts, ArchiveLocations locations)
{
    /// <summary>Reads and checks <paramref name="file"/>; the bundle, or a fault naming the file and the fault.</summary>
    public async Task<ArchiveBundle> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var display = locations.Display(Path.GetFullPath(file));
        ArchiveBundle? bundle;
        try
        {
            await using var stream = File.OpenRead(file);
            bundle = await JsonSerializer.DeserializeAsync<ArchiveBundle>(stream, BundleJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArchiveFaultException($"{display}: cannot read the bundle: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            throw new ArchiveFaultException(string.Create(CultureInfo.InvariantCulture, $"{display}:{(ex.LineNumber ?? 0) + 1}: not an archive bundle: {ex.Message}"), ex);
        }

        if (bundle is null || bundle.Format != ArchiveBundle.FormatName)
        {
            throw new ArchiveFaultException($"{display}: not an archive bundle (its \"format\" is not \"{ArchiveBundle.FormatName}\")");
        }

        if (bundle.Version is < 1 or > ArchiveBundle.CurrentVersion)
        {
            throw new ArchiveFaultException(string.Create(CultureInfo.InvariantCulture, $"{display}: bundle version {bundle.Version} is not one this program reads (1 to {ArchiveBundle.CurrentVersion}); use a newer archive command"));
        }

        BundleChecks.Check(bundle, display);
        return bundle;
    }

    /// <summary>Writes <paramref name="bundle"/> into the database, which must hold no resolution yet; returns the new import generation.</summary>
    public async Task<long> RestoreAsync(ArchiveBundle bundle, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.SourceDocuments.AnyAsync(cancellationToken) || await db.Topics.AnyAsync(cancellationToken))
        {
            throw new ArchiveFaultException($"{locations.Display(Path.GetFullPath(file))}: the database already holds an archive; a bundle is restored into an empty database only (give --db a new file)");
        }

        db.Languages.AddRange(bundle.Languages.Select((l, i) => new Language { Code = l.Code, NativeName = l.NativeName, EnglishName = l.EnglishName, Direction = l.Direction, NotTranslated = l.NotTranslated, Ordinal = i }));
        var topics = bundle.Topics.Select((t, i) => Topic(t, i)).ToDictionary(t => t.Slug, StringComparer.Ordinal);
        db.Topics.AddRange(topics.Values);
        db.Glossary.AddRange(bundle.Glossary.Select((g, i) => Glossary(g, i)));
        // The collection rows first: every source document and resolution belongs to one.
        var collections = BundleCollections.Of(bundle).ToDictionary(c => c.Slug, StringComparer.Ordinal);
        db.Collections.AddRange(collections.Values);
        foreach (var c in bundle.Collections)
        {
            var collection = collections[c.Slug];
            var document = new SourceDocument { Path = c.Path, Sha256 = c.Sha256, Encoding = c.Encoding, ImportedAt = c.ImportedAt, Language = c.Language, Direction = c.Direction, Body = c.Body, Congress = c.Congress, Collection = collection };
            foreach (var r in c.Resolutions)
            {
                var resolution = Resolution(r, topics);
                resolution.Collection = collection;
                document.Resolutions.Add(resolution);
            }

            db.SourceDocuments.Add(document);
        }

        var generation = await db.State.FindAsync([ArchiveStateEntry.GenerationKey], cancellationToken);
        var next = (generation is null ? 0 : long.Parse(generation.Value, CultureInfo.InvariantCulture)) + 1;
        if (generation is null)
        {
            db.State.Add(new ArchiveStateEntry { Key = ArchiveStateEntry.GenerationKey, Value = next.ToString(CultureInfo.InvariantCulture) });
        }
        else
        {
            generation.Value = next.ToString(CultureInfo.InvariantCulture);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return next;
    }

    private static Topic Topic(BundleTopic t, int ordinal)
    {
        var topic = new Topic { Slug = t.Slug, Ordinal = ordinal };
        topic.Labels.AddRange(t.Labels.Select(l => new TopicLabel { Language = l.Key, Label = l.Value }));
        return topic;
    }

    private static GlossaryTerm Glossary(BundleGlossaryTerm g, int ordinal)
    {
        var term = new GlossaryTerm { Original = g.Original, Note = g.Note, Ordinal = ordinal };
        term.Renderings.AddRange(g.Renderings.Select(r => new GlossaryRendering { Language = r.Key, Text = r.Value }));
        return term;
    }

    private static Resolution Resolution(BundleResolution r, Dictionary<string, Topic> topics)
    {
        var resolution = new Resolution
        {
            Number = r.Number,
            Kind = BundleChecks.Kind<ResolutionKind>(r.Kind),
            Heading = r.Heading,
            Title = r.Title,
            PrintedNumber = r.PrintedNumber,
            SourceLine = r.SourceLine,
        };
        resolution.Topics.AddRange(r.Topics.Select(s => topics[s]));
        resolution.Translations.AddRange(r.Translations.Select(t => new ResolutionTranslation
        {
            Language = t.Language, Title = t.Title, Status = BundleChecks.Kind<TranslationStatus>(t.Status), Translator = t.Translator, Date = t.Date, File = t.File,
        }));
        resolution.Clauses.AddRange(r.Clauses.Select((c, i) => Clause(c, i + 1)));
        return resolution;
    }

    private static Clause Clause(BundleClause c, int ordinal)
    {
        var clause = new Clause { Key = c.Id, Ordinal = ordinal, Kind = BundleChecks.Kind<ClauseKind>(c.Kind), Label = c.Label, Marker = c.Marker, Text = c.Text, SourceLine = c.SourceLine };
        clause.Translations.AddRange(c.Translations.Select(t => new ClauseTranslation
        {
            Language = t.Language, Markdown = t.Markdown, Html = t.Html, PlainText = t.PlainText, Status = BundleChecks.Kind<TranslationStatus>(t.Status), Source = t.Source, ContentHash = t.ContentHash,
        }));
        return clause;
    }
}
