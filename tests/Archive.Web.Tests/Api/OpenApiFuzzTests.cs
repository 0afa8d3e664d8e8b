using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using CsCheck;
using Xunit.Abstractions;

namespace Archive.Web.Tests.Api;

/// <summary>
/// Every operation of /openapi/v1.json called with values made from the document itself (each parameter's type, range,
/// values and pattern) and with values that break them: the answer is always a status the document declares for that
/// operation, never a 5xx, with a body that conforms to the schema declared for that status and media type.
/// A failure names CsCheck's seed; CsCheck_Seed=&lt;seed&gt; in the environment repeats that run.
/// </summary>
[Collection(SharedWebApp.Name)]
public class OpenApiFuzzTests(ArchiveWebFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryOperation_FuzzedFromTheDocument_AnswersOnlyDeclaredStatusesWithConformingBodies()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var schemas = new JsonSchemaCheck(document.RootElement);
        var operations = OpenApiCalls.Operations(document.RootElement, await KnownPathValues.ReadAsync(client)).ToList();
        Assert.Equal(9, operations.Count); // collections, resolutions, a collection's resolutions, resolution, clause, topics, search, the citations of a resolution and of a clause
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        var calls = Gen.OneOf([.. operations.Select(o => o.Calls.Select(url => (o.Id, o.Responses, url)))]);
        await calls.SampleAsync(async call =>
        {
            var (id, responses, url) = call;
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            seen.AddOrUpdate($"{id} {status}", 1, (_, n) => n + 1);
            Assert.True((int)response.StatusCode < 500, $"{url}: {status}");
            Assert.True(responses.TryGetProperty(status, out var declared), $"{url}: {status} is not declared for {id}");
            var body = await response.Content.ReadAsStringAsync();
            if (!declared.TryGetProperty("content", out var content))
            {
                Assert.True(body.Length == 0, $"{url}: {status} is declared without a body but has one");
                return;
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "(none)";
            Assert.True(content.TryGetProperty(mediaType, out var media), $"{url}: {status} answered {mediaType}, not a declared media type");
            if (media.GetProperty("schema").TryGetProperty("type", out var type) && type.GetString() == "string")
            {
                // A text answer (a citation): its schema is the string itself.
                Assert.True(body.Length > 0, $"{url}: {status} declares text but answered nothing");
                return;
            }

            using var json = JsonDocument.Parse(body);
            var errors = schemas.Errors(json.RootElement, media.GetProperty("schema"));
            Assert.True(errors.Count == 0, $"{url}: {status} body breaks its schema:\n{string.Join('\n', errors.Take(10))}");
        }, writeLine: output.WriteLine, iter: 900, threads: 1, print: c => c.url);

        output.WriteLine(string.Join('\n', seen.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}")));
        foreach (var operation in operations)
        {
            Assert.True(seen.ContainsKey($"{operation.Id} 200"), $"the fuzzer never got a 200 from {operation.Id}");
        }

        foreach (var expected in new[] { "GetResolution 400", "GetResolution 404", "GetClause 400", "GetClause 404", "Search 400", "CiteClause 400", "CiteResolution 404" })
        {
            Assert.True(seen.ContainsKey(expected), $"the fuzzer never reached {expected}");
        }
    }
}
