using Archive.Core.Search.Analysis;

namespace Archive.Core.Tests.Search.Analysis;

public class PersianSurfaceFormTests
{
    [Theory]
    [InlineData("رادیکال‌تر", "=رادیکالتر")]
    [InlineData("رادیکال تر", "=رادیکالتر")]
    [InlineData("مادران", "=مادران")]
    [InlineData("فعالین", "=فعالین")]
    [InlineData("اعتراضات", "=اعتراضات")]
    public void Analyze_StemmedWord_KeepsItsSurfaceFormAsAMarkedTermAtTheSamePosition(string text, string surface)
    {
        var tokens = TokenStreams.Analyze(PersianAnalysis.Index, PersianAnalysis.Field, text);
        var marked = Assert.Single(tokens, t => PersianLightStemFilter.IsSurface(t.Term));
        Assert.Equal(surface, marked.Term);
        Assert.Equal(0, marked.PositionIncrement);
        var stem = tokens[tokens.ToList().IndexOf(marked) - 1];
        Assert.Equal((stem.Start, stem.End), (marked.Start, marked.End));
    }

    [Theory]
    [InlineData("ایران")]
    [InlineData("دختر")]
    [InlineData("کارگر")]
    [InlineData("خصوصی سازی")]
    public void Analyze_WordThatIsNotStemmed_HasNoSurfaceTerm(string text) =>
        Assert.Empty(PersianAnalysis.SurfaceTerms(text));

    [Fact]
    public void Analyze_JoinedPair_GetsNoSurfaceTerm()
    {
        // سرمایه داران: the pair سرمایهداران is stemmed to سرمایهدار, but only the word داران carries its surface form.
        Assert.Equal(["=داران"], PersianAnalysis.SurfaceTerms("سرمایه داران"));
    }
}
