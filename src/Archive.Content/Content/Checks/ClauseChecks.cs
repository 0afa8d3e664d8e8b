namespace Archive.Core.Content.Checks;

/// <summary>
/// Every clause check over a set of translated clauses: the per-clause checks, then the consistency check across
/// them. The length bands are calibrated on the same clauses first. Warnings a block accepts are marked, not dropped.
/// </summary>
public sealed class ClauseChecks
{
    private readonly IReadOnlyList<IClauseCheck> _checks;

    public ClauseChecks(IEnumerable<GlossaryEntry> glossary, IEnumerable<VocabularyConcept> vocabulary, string originalLanguage, IReadOnlySet<string> rightToLeftLanguages, IReadOnlyDictionary<string, LengthBand> bands)
    {
        Bands = bands;
        _checks =
        [
            new NumberCheck(), new GlossaryTermCheck(glossary), new NamedEntityCheck(vocabulary, originalLanguage), new ScriptCheck(rightToLeftLanguages),
            new LengthCheck(bands), new PunctuationCheck(), new MarkdownCheck(), new SolarHijriDateCheck(),
        ];
    }

    /// <summary>The ids a block may name in <c>accept=</c>.</summary>
    public IReadOnlySet<string> Ids => _checks.Select(c => c.Id).Append(ConsistencyCheck.Id).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LengthBand> Bands { get; }

    /// <summary>
    /// The checks that apply to a translated title next to the original's title: its terms (قطعنامه is Resolution,
    /// قرار is Decision or Beschluss), names and script. Lengths, sentences and numbers of a heading say little.
    /// </summary>
    public IEnumerable<CheckFinding> RunOnTitle(ClauseUnderCheck title) =>
        _checks.Where(c => c is GlossaryTermCheck or NamedEntityCheck or ScriptCheck).SelectMany(c => c.Check(title));

    public IReadOnlyList<ClauseCheckResult> Run(IReadOnlyList<(ClauseUnderCheck Clause, TranslationBlock Block, string Status)> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var found = clauses.ToDictionary(c => c.Clause, c => _checks.SelectMany(check => check.Check(c.Clause)).ToList());
        foreach (var (clause, finding) in ConsistencyCheck.Check([.. clauses.Select(c => c.Clause)]))
        {
            found[clause].Add(finding);
        }

        return [.. clauses.Select(c => new ClauseCheckResult(c.Clause.File, c.Clause.Line, c.Clause.Resolution, c.Clause.ClauseId, c.Clause.Language, c.Status,
            [.. found[c.Clause].Select(f => new ClauseFinding(c.Clause.File, c.Clause.Line, c.Clause.Resolution, c.Clause.ClauseId, c.Clause.Language, f,
                c.Block.Accepted.Any(f.IsAcceptedBy)) { Collection = c.Clause.Collection })]) { Collection = c.Clause.Collection })];
    }
}
