using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests.Api;

/// <summary>
/// Checks a JSON value against a schema of an OpenAPI 3.1 document, for the part of JSON Schema the archive's document
/// uses: <c>$ref</c> to components, <c>type</c> (one or several), <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>minimum</c>/<c>maximum</c>, <c>minLength</c>/<c>maxLength</c>,
/// <c>pattern</c> and the <c>int32</c> format. A keyword it does not know fails the check, so it cannot pass by ignoring one.
/// </summary>
public sealed class JsonSchemaCheck(JsonElement document)
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "minimum", "maximum",
        "minLength", "maxLength", "pattern", "format", "description", "default",
    };

    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, each with its JSON path; empty when it conforms.</summary>
    public List<string> Errors(JsonElement value, JsonElement schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject().Where(k => !Known.Contains(k.Name)))
        {
            errors.Add($"{at}: the checker does not know the keyword '{keyword.Name}'");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), at, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{at}: {value.ValueKind} where the schema wants {type}");
            return;
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            errors.Add($"{at}: {value} is not one of {choices}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, at, errors);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, items, $"{at}[{i++}]", errors);
                }

                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, at, errors);
                break;
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, at, errors);
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var name in schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [])
        {
            if (!value.TryGetProperty(name, out _))
            {
                errors.Add($"{at}: the required property '{name}' is missing");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{at}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{at}: the property '{property.Name}' is not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(property.Value, additional, $"{at}.{property.Name}", errors);
                }
            }
        }
    }

    private static void CheckNumber(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        var n = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var min) && n < min.GetDouble())
        {
            errors.Add($"{at}: {n} is below the minimum {min}");
        }

        if (schema.TryGetProperty("maximum", out var max) && n > max.GetDouble())
        {
            errors.Add($"{at}: {n} is above the maximum {max}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "int32" && !value.TryGetInt32(out _))
        {
            errors.Add($"{at}: {value} is not an int32");
        }
    }

    private static void CheckString(string text, JsonElement schema, string at, List<string> errors)
    {
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            errors.Add($"{at}: '{text}' is shorter than {min}");
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            errors.Add($"{at}: a string of {length} characters, longer than {max}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.ECMAScript))
        {
            errors.Add($"{at}: '{text}' does not match {pattern}");
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!))
            : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"unknown JSON Schema type '{type}'"),
    };

    private JsonElement Resolve(string reference)
    {
        Assert.StartsWith("#/", reference, StringComparison.Ordinal);
        var node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            Assert.True(node.TryGetProperty(part, out node), $"the reference {reference} leads nowhere");
        }

        return node;
    }
}
