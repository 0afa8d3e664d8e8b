using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Core.Revisions;

/// <summary>The clauses of one revision as stored with it (<c>[{"id","marker","text"}]</c>), to show a resolution as it was.</summary>
public static class RevisionSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(IEnumerable<RevisedClause> clauses) => JsonSerializer.Serialize(clauses.ToList(), Options);

    public static IReadOnlyList<RevisedClause> Parse(string json) => JsonSerializer.Deserialize<List<RevisedClause>>(json, Options) ?? [];
}
