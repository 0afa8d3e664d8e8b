namespace Archive.Evaluation;

/// <summary>
/// One file of judged queries under <c>evaluation/</c>. In the core set the <c>lang</c> column is the language searched
/// (fa, en, or all); in the reader sets it is the language the reader typed in, and the search runs over every language,
/// as the search box does. The cross-language set is run against an archive from which the translations in the query's
/// language of every resolution it expects are removed, so only the original and the other translations can match.
/// </summary>
public sealed record JudgedQuerySet(string Name, string FileName, bool LangIsSearchFilter, bool WithoutOwnTranslations, int MinimumQueries)
{
    public const string Folder = "evaluation";

    /// <summary>The Persian, English and mixed queries held at hit@1 and recall@10 of 1.00 by the tests.</summary>
    public static readonly JudgedQuerySet Core = new("core", "judged-queries.tsv", LangIsSearchFilter: true, WithoutOwnTranslations: false, MinimumQueries: 150);

    /// <summary>English queries as readers type them, written without the translation's wording.</summary>
    public static readonly JudgedQuerySet EnglishReaders = new("en-readers", "judged-queries-en.tsv", false, false, 60);

    /// <summary>German queries as readers type them, written without the translation's wording.</summary>
    public static readonly JudgedQuerySet GermanReaders = new("de-readers", "judged-queries-de.tsv", false, false, 40);

    /// <summary>English and German queries judged by the Persian text, with their own language's translations removed.</summary>
    public static readonly JudgedQuerySet CrossLanguage = new("cross-language", "judged-queries-cross.tsv", false, true, 30);

    /// <summary>Persian queries in a derivational form the text does not print (noun/adjective, abstract noun/agent).</summary>
    public static readonly JudgedQuerySet PersianDerivational = new("fa-derivational", "judged-queries-fa-derivational.tsv", false, false, 20);

    public static IReadOnlyList<JudgedQuerySet> All { get; } = [Core, EnglishReaders, GermanReaders, CrossLanguage, PersianDerivational];

    public string RelativePath => Folder + "/" + FileName;

    public string PathUnder(string repositoryRoot) => System.IO.Path.Combine(repositoryRoot, Folder, FileName);

    public static JudgedQuerySet Named(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"unknown judged query set '{name}'; the sets are {string.Join(", ", All.Select(s => s.Name))}", nameof(name));

    public IReadOnlyList<JudgedQuery> Load(string repositoryRoot) => JudgedQueryFile.Load(PathUnder(repositoryRoot), this);

    public override string ToString() => Name;
}
