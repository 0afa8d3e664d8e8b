using System.Globalization;
using System.Text.Json;

namespace Archive.Web.Tests.Api;

/// <summary>
/// Path parameter values that exist, read from the API itself: every collection's slug, the numbers of its first
/// resolutions and their clause ids, as one set of values per clause (slug, number, id); and well-formed values that
/// do not exist (the number after a collection's last, a clause id no resolution has, an unknown slug). The fuzzer
/// draws its path parameters mostly from these, so that every operation's success and not-found statuses are reached
/// in every run.
/// </summary>
public sealed class KnownPathValues
{
    private const int ResolutionsPerCollection = 3;

    public required IReadOnlyList<IReadOnlyDictionary<string, string>> Existing { get; init; }

    public required IReadOnlyList<IReadOnlyDictionary<string, string>> Absent { get; init; }

    public static async Task<KnownPathValues> ReadAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var known = new List<IReadOnlyDictionary<string, string>>();
        var absent = new List<IReadOnlyDictionary<string, string>>
        {
            new Dictionary<string, string>(StringComparer.Ordinal) { ["slug"] = "no-such-collection", ["number"] = "1", ["id"] = "a" },
        };
        using var collections = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/collections", UriKind.Relative)));
        foreach (var collection in collections.RootElement.EnumerateArray())
        {
            var slug = collection.GetProperty("slug").GetString()!;
            using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/collections/{slug}/resolutions", UriKind.Relative)));
            var after = (list.RootElement.EnumerateArray().Max(r => r.GetProperty("number").GetInt32()) + 1).ToString(CultureInfo.InvariantCulture);
            absent.Add(new Dictionary<string, string>(StringComparer.Ordinal) { ["slug"] = slug, ["number"] = after, ["id"] = "a" });
            foreach (var summary in list.RootElement.EnumerateArray().Take(ResolutionsPerCollection))
            {
                var number = summary.GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture);
                using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/collections/{slug}/resolutions/{number}", UriKind.Relative)));
                foreach (var clause in detail.RootElement.GetProperty("clauses").EnumerateArray())
                {
                    known.Add(new Dictionary<string, string>(StringComparer.Ordinal) { ["slug"] = slug, ["number"] = number, ["id"] = clause.GetProperty("id").GetString()! });
                }

                absent.Add(new Dictionary<string, string>(StringComparer.Ordinal) { ["slug"] = slug, ["number"] = number, ["id"] = "no_such_clause" });
            }
        }

        Assert.True(known.Count > 0, "the API lists no collection with a resolution that has a clause");
        return new KnownPathValues { Existing = known, Absent = absent };
    }
}
