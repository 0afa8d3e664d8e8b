using System.Security.Cryptography;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Import;

/// <summary>
/// A plain-text seed in UTF-8 read without holding it: one pass checks it (decoding, hashing and parsing it line by line,
/// keeping the outline and the diagnostics), and the writing parses it again from the file, resolution by resolution
/// (<see cref="SeedFile.Resolutions"/>). A file that is not plain UTF-8 text is left to <see cref="TextFileDecoder"/>
/// on its whole bytes, which says what is wrong with it or decodes its legacy code page.
/// </summary>
internal static class StreamedSeed
{
    /// <summary>The checked seed, or null when the file is not plain UTF-8 text (then nothing was added to <paramref name="diagnostics"/>).</summary>
    public static SeedFile? TryRead(string file, string display, SeedMetadata metadata, LanguageRules language, List<ImportDiagnostic> diagnostics)
    {
        var before = Stamp(file);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var found = new List<ImportDiagnostic>();
        SeedOutline outline;
        string encoding;
        using (var stream = Open(file))
        {
            var start = new byte[3];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            if (!Utf8FileLines.Reads(start.AsSpan(0, read)))
            {
                return null;
            }

            encoding = Utf8FileLines.EncodingOf(start.AsSpan(0, read));
            stream.Position = 0;
            try
            {
                outline = SeedOutline.Of(SeedParser.Read(Utf8FileLines.Read(stream, hash), display, language, found));
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        diagnostics.AddRange(found);
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        return new SeedFile(display, sha, encoding, metadata, outline, () => Reread(file, display, before, language));
    }

    /// <summary>The resolutions parsed again from the file, which must be the one checked (same length and time of its last write).</summary>
    private static IEnumerable<ParsedResolution> Reread(string file, string display, (long, DateTime) checkedStamp, LanguageRules language)
    {
        if (Stamp(file) != checkedStamp)
        {
            throw new ImportConflictException(ImportDiagnostic.Error(display, 0, "the file changed while it was being imported; nothing was imported, import it again"));
        }

        using var stream = Open(file);
        foreach (var resolution in SeedParser.Read(Utf8FileLines.Read(stream), display, language, new List<ImportDiagnostic>()))
        {
            yield return resolution;
        }
    }

    private static (long Length, DateTime Written) Stamp(string file)
    {
        var info = new FileInfo(file);
        return (info.Length, info.LastWriteTimeUtc);
    }

    private static FileStream Open(string file) =>
        new(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
}
