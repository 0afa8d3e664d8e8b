using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace Archive.Web.Tests.Api;

/// <summary>
/// Generators of calls for the operations of an OpenAPI document, from its parameter schemas: mostly values the
/// schema allows (near its lower bound, where the archive's numbers are), and garbage that breaks the type, range,
/// values or pattern. Path parameters are drawn mostly from values that exist (a collection, one of its resolutions and
/// one of its clauses, as the API lists them), sometimes from well-formed ones that do not, and otherwise from the
/// schema and garbage, so that every operation's success and not-found answers are reached.
/// </summary>
public static class OpenApiCalls
{
    private static readonly Gen<string> Garbage = Gen.OneOf(
        Gen.OneOf<string>("abc", "1.5", "-1", "0", "2147483648", "99999999999", "٣", " 1", "1e3", "0x10", "%", "P1", "a b", "..x", "<script>", "\"", "*", "OR", "-x", "null"),
        Gen.String[Gen.Char, 1, 20]);

    private static readonly Gen<string> Words = Gen.OneOf<string>("خصوصی‌سازی", "اعدام", "كارگر", "execution", "iran", "Streik", "زن*", "\"حقوق زنان\"", "کارگران OR workers", "-iran اعدام");

    /// <summary>Every GET operation: its id, its declared responses, and a generator of relative URLs that call it.</summary>
    public static IEnumerable<(string Id, JsonElement Responses, Gen<string> Calls)> Operations(JsonElement document, KnownPathValues known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var existing = Gen.Frequency(
            (6, Gen.OneOf<IReadOnlyDictionary<string, string>>([.. known.Existing])),
            (2, Gen.OneOf<IReadOnlyDictionary<string, string>>([.. known.Absent])),
            (3, Gen.Const<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal))));
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var operation = path.Value.GetProperty("get");
            var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            yield return (operation.GetProperty("operationId").GetString()!, operation.GetProperty("responses"), Url(path.Name, parameters, existing));
        }
    }

    private static Gen<string> Url(string template, List<JsonElement> parameters, Gen<IReadOnlyDictionary<string, string>> existing)
    {
        var all = Gen.Const(Array.Empty<(string Name, string In, string? Value)>());
        foreach (var p in parameters)
        {
            var (name, place) = (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!);
            var value = Value(p.GetProperty("schema"), place == "path" || p.TryGetProperty("required", out var r) && r.GetBoolean());
            all = Gen.Select(all, value, (before, v) => before.Append((name, place, v)).ToArray());
        }

        return Gen.Select(all, existing, (values, real) => values
            .Select(v => v.In == "path" && real.TryGetValue(v.Name, out var value) ? (v.Name, v.In, (string?)value) : v).ToArray()).Select(values =>
        {
            var url = new StringBuilder(template);
            var query = new List<string>();
            foreach (var (name, place, value) in values)
            {
                if (place == "path")
                {
                    url.Replace("{" + name + "}", Uri.EscapeDataString(value ?? "x"));
                }
                else if (value is not null)
                {
                    query.Add(name + "=" + Uri.EscapeDataString(value));
                }
            }

            return query.Count == 0 ? url.ToString() : url + "?" + string.Join('&', query);
        });
    }

    /// <summary>A value for one parameter; null leaves an optional one out (a path parameter is never empty, '.' or '..').</summary>
    private static Gen<string?> Value(JsonElement schema, bool required)
    {
        var valid = Valid(schema);
        var any = Gen.Frequency((4, valid), (2, Garbage.Where(g => !required || g.Trim('.').Length > 0)));
        return required ? any.Select(v => (string?)v) : Gen.Frequency((2, any.Select(v => (string?)v)), (1, Gen.Const((string?)null)));
    }

    private static Gen<string> Valid(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var choices))
        {
            return Gen.OneOf<string>([.. choices.EnumerateArray().Select(c => c.GetString()!)]);
        }

        if (schema.GetProperty("type").GetString() == "integer")
        {
            var min = schema.GetProperty("minimum").GetInt64();
            var max = schema.GetProperty("maximum").GetInt64();
            var near = Gen.Long[min, Math.Min(max, min + 40)];
            return Gen.Frequency((5, near), (1, Gen.Long[min, max])).Select(n => n.ToString(CultureInfo.InvariantCulture));
        }

        return schema.TryGetProperty("pattern", out var pattern) ? Matching(pattern.GetString()!) : Words;
    }

    /// <summary>Strings for the patterns the document uses (clause ids and language codes), with common real values among them.</summary>
    private static Gen<string> Matching(string pattern) => pattern switch
    {
        "^[a-z0-9_]{1,16}$" => Gen.Frequency((2, Gen.OneOf<string>("a", "b", "p1", "p2", "12", "title")), (1, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"], 1, 16])),
        "^[a-z-]{2,8}$" => Gen.Frequency((2, Gen.OneOf<string>("fa", "en", "de")), (1, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz-"], 2, 8])),
        _ => throw new InvalidOperationException($"no generator for the pattern {pattern}: add one"),
    };
}
