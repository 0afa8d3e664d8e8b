namespace Archive.Core.Tests.Citations;

/// <summary>The archive of <see cref="CitedArchive"/>, its metadata.yml stating a date (December 2021).</summary>
public sealed class DatedCitedArchive : CitedArchive
{
    protected override string? Metadata => "collection: wpi-congress-12\nbody: Worker-communist Party of Iran\nbody_fa: حزب کمونیست کارگری\ncongress: 12th Congress\ndate: 2021-12\nlanguage: fa\n";
}
