using Archive.Evaluation;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// The reader sets (English and German readers' own words, Persian derivational forms) run through
/// <see cref="Core.Search.ArchiveSearch"/> on the real seed and translations, held at <see cref="ReaderQueryFloors"/>;
/// every missed query is printed.
/// </summary>
public sealed class ReaderQueryTests(EvaluationArchive archive, ITestOutputHelper output) : IClassFixture<EvaluationArchive>
{
    public static TheoryData<string> Sets => new() { JudgedQuerySet.EnglishReaders.Name, JudgedQuerySet.GermanReaders.Name, JudgedQuerySet.PersianDerivational.Name };

    [Theory]
    [MemberData(nameof(Sets))]
    public void ReaderQueries_FindTheResolutionsReadersMean_AtLeastAtTheSetsFloor(string name)
    {
        var set = JudgedQuerySet.Named(name);
        var outcomes = set.Load(RepositoryFiles.Root).Select(q => ArchiveSearchRunner.Run(archive.Search, q)).ToList();
        ReaderQueryAssert.AtFloor(set, "*", outcomes, output);
    }
}
