using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

/// <summary>Label dashes as the seed prints them (resolutions.fa.txt, line numbers in the comments).</summary>
public class LinePrefixTests
{
    [Theory]
    [InlineData("الف- گسترش و پیشرویهای اعتصابات", "الف", "گسترش و پیشرویهای اعتصابات")] // line 4
    [InlineData("ب- دستاوردهای جنبش کارگری", "ب", "دستاوردهای جنبش کارگری")] // line 6
    [InlineData("١- تاکید بر تشکیل شوراهای", "١", "تاکید بر تشکیل شوراهای")] // line 22
    [InlineData("٧ - حمایت فعال و پیگیر", "٧", "حمایت فعال و پیگیر")] // line 32: spaces around the dash
    [InlineData("١٠- برجسته کردن و پیگیری", "١٠", "برجسته کردن و پیگیری")] // line 38
    [InlineData("١٦- قرار پيشنهادى در حمايت", "١٦", "قرار پيشنهادى در حمايت")] // line 102
    [InlineData("ج\u2013 متن", "ج", "متن")] // an en dash
    public void TrySplit_LabelledLine_SplitsLabelAndText(string line, string prefix, string rest)
    {
        Assert.True(LinePrefix.TrySplit(line, out var p, out var r));
        Assert.Equal(prefix, p);
        Assert.Equal(rest, r);
    }

    [Theory]
    [InlineData("قرار در مورد بایکوت جهانی جمهوری اسلامی")] // line 68: no dash
    [InlineData("جمهوری اسلامی - رژیم")] // the dash too far in
    [InlineData("الف-")] // nothing after the dash
    [InlineData("-متن")] // nothing before it
    [InlineData("ا ب- متن")] // a label holds no space
    public void TrySplit_UnlabelledLine_IsFalse(string line) =>
        Assert.False(LinePrefix.TrySplit(line, out _, out _));
}
