using System.Collections.Frozen;
using Archive.Core.Texts;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Words the light stemmer leaves whole: names, and words that merely end like a plural or comparative
/// suffix. Started from the seed's words ending in those suffixes (the non-plurals among them), plus the
/// common place names and words whose stripped form would be another word (میزان → میز, بهتر → به).
/// Written as printed; stored folded (آبان → ابان), as the analyzer sees them.
/// </summary>
internal static class PersianProtectedWords
{
    private const string Words = """
        ایران تهران اصفهان خوزستان افغانستان کردستان بلوچستان سیستان لرستان گلستان کرمان زنجان همدان سمنان
        گیلان مازندران خراسان آذربایجان کاشان زاهدان آبادان رفسنجان سیرجان مریوان بوکان گرگان هرمزگان شوشتر
        لبنان یونان آلمان عمان پاکستان عربستان ترکمنستان تاجیکستان ارمنستان انگلستان گرجستان هندوستان
        خاوران آبان رمضان شعبان طالبان کیوان کامران نریمان سلمان مژگان نازنین خامنهای

        استان شهرستان داستان تابستان زمستان بیمارستان دبیرستان دبستان بوستان قبرستان گورستان کوهستان
        جهان زمان انسان بحران جریان امکان مکان میدان بمیدان زندان خیابان بیابان استخوان دهان زبان بیان
        میان توان میتوان تکان تومان نشان کلان سازمان گفتمان پایان پشتیبان بنیان عنوان بعنوان طوفان فراخوان
        همچنان خندان میزان دوران ارزان گران جوان درمان فرمان پیمان قهرمان آسمان گمان آرمان سامان سلطان
        شیطان قرآن پنهان روان امان آسان همان چنان آنچنان ناگهان مهمان ساختمان دیوان کاروان ایمان باران
        دندان نگهبان باغبان میزبان نمایان شایان پویان
        رایگان گروگان ارگان بازرگان

        دختر دفتر بستر دکتر کبوتر خاکستر تئاتر فیلتر کامپیوتر توییتر پوستر لیتر کیلومتر بهتر بهترین برتر برترین

        تنها تنهایی انتها تودهای حرفهای هستهای پایهای

        خشمگین غمگین شرمگین سهمگین قوانین موازین همچنین آنلاین سرزمین دوربین جایگزین

        مطالبات مناسبات محاکمات خدمات مبارزات فقرات مجازات مماشات ملاقات مساوات مکافات اثبات سوغات صلوات فرات هرات
        """;

    public static FrozenSet<string> All { get; } = Words
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Select(PersianText.Fold)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string term) => All.Contains(term);
}
