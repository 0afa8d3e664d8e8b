using System.CommandLine;
using Archive.Core.Catalog;
using Archive.Core.Citations;
using Archive.Core.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Commands;

/// <summary><c>archive cite REF --format bibtex|ris|csl-json|chicago|apa [--lang en|fa]</c>: the site's citation of a resolution or clause.</summary>
internal static class CiteCommand
{
    public static Command Create(CliConsole console)
    {
        var reference = new Argument<string>("ref") { Description = "What to cite: a resolution (1, wpi-congress-12/1) or a clause (1:b, wpi-congress-12/1:b); without a collection, the first" };
        var format = new Option<string>("--format", "-f") { Description = $"One of {CitationFormats.Names}", DefaultValueFactory = _ => "chicago" };
        var lang = new Option<string>("--lang") { Description = "The language the citation is written in (en, fa)", DefaultValueFactory = _ => "en" };
        var command = new Command("cite", "Print the citation of a resolution or a clause, as the site gives it (links to Archive:Citations:SiteUrl)");
        command.Arguments.Add(reference);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(reference);
            if (!TextRef.TryParse(text, "first", out _))
            {
                console.Error.WriteLine($"error: ref '{text}' is not a reference: give {TextRef.Forms}");
                return 1;
            }

            if (!CitationFormats.TryParse(parse.GetValue(format), out var chosen))
            {
                console.Error.WriteLine($"error: --format '{parse.GetValue(format)}' is not one of {CitationFormats.Names}");
                return 1;
            }

            var language = parse.GetValue(lang) ?? "en";
            if (!Archive.Core.Texts.Languages.LanguageRulesRegistry.IsLanguageCode(language))
            {
                console.Error.WriteLine($"error: --lang '{language}' is not a language code such as en or fa");
                return 1;
            }

            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct);
            var site = services.GetRequiredService<IOptions<CitationOptions>>().Value.SiteUrl;
            var first = await services.GetRequiredService<CollectionCatalog>().FirstSlugAsync(ct);
            TextRef.TryParse(text, first, out var target);
            var found = await services.GetRequiredService<CitationSources>().FindAsync(target!.Value, language, site, ct);
            if (found.Source is null)
            {
                console.Error.WriteLine($"error: {found.Problem(target.Value)}; 'archive list' and 'archive show N' show what there is");
                return 1;
            }

            console.Out.Write(CitationFormatter.Format(found.Source, chosen.Value).TrimEnd('\n') + "\n");
            return 0;
        });
        return command;
    }
}
