using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// Bad plan files for the import, made from a real export: not JSON at all, wrong encodings, too
/// deep, too big, too many items, the same id twice, extreme dates (0001-01-01, 9999-12-31),
/// numbers out of range, wrong types, unknown and missing fields — then, seeded, one leaf of the
/// document replaced by a value of a wrong kind, until <c>count</c> is reached.
/// </summary>
internal static class JsonFileFuzz
{
    private static readonly string[] DateValues =
        ["0001-01-01", "9999-12-31", "2026-02-30", "0000-00-00", "99999-01-01", "yesterday", "", "2026-11-30", "1900-01-01", "2026-13-01", "9999-12-30", "0001-01-02"];

    private static readonly string[] DateTimeValues =
        ["0001-01-01T00:00:00", "9999-12-31T23:59:59.9999999", "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-02-30T00:00:00", "not a time", "2026-11-30T09:00:00Z", "1970-01-01T00:00:00Z"];

    private static readonly string[] NumberTokens =
        ["0", "-1", "6", "101", "-101", "2147483647", "2147483648", "-2147483649", "1e309", "-1e309", "1.5", "-0", "79228162514264337593543950335", "79228162514264337593543950336", "1e-400", "0.0000000000000000000000000001", "99999999999999999999999999999999999999", "1E+28"];

    private static readonly string[] OtherTokens =
        ["null", "true", "false", "{}", "[]", "\"\"", "[null]", "{\"a\":1}", "\"NotAValue\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\\u0000\"", "\"\\ud800\"", "\"<script>alert(1)</script>\""];

    public static IReadOnlyList<FuzzValue> For(string exportJson, int seed, int count)
    {
        var values = new List<FuzzValue>(count);
        values.AddRange(Structural(exportJson).Take(count));
        var random = new Random(seed);
        while (values.Count < count)
        {
            values.Add(LeafMutation(exportJson, random));
        }

        return values;
    }

    private static FuzzValue File(string category, string text) => new(category, Describe(text), [FormEncoding.Encode(text)]);

    private static FuzzValue File(string category, string what, string text) => new(category, what, [FormEncoding.Encode(text)]);

    private static FuzzValue File(string category, byte[] bytes, string display) => new(category, display, [FormEncoding.EncodeBytes(bytes)]);

    private static string Describe(string text) => FuzzValue.Describe(text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal));

    private static IEnumerable<FuzzValue> Structural(string json)
    {
        yield return File("file", "");
        yield return File("file", "null");
        yield return File("file", "[]");
        yield return File("file", "{}");
        yield return File("file", "hello");
        yield return File("file", json[..(json.Length / 2)]);
        yield return File("file", json + ",");
        yield return File("file", json + json);
        yield return File("file", json.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal));
        yield return File("file", json.Replace("careerplanner.plan", "careerplanner.account", StringComparison.Ordinal));
        yield return File("file", json.Replace("{", "{ /* comment */", StringComparison.Ordinal));
        yield return File("file", json.Replace("\"title\"", "\"title\": \"first\", \"title\"", StringComparison.Ordinal));
        yield return File("file", json.Replace("\"title\"", "\"unknownField\": 1, \"title\"", StringComparison.Ordinal));
        yield return File("file", "\ufeff" + json);
        yield return File("file", Encoding.Unicode.GetBytes(json), "UTF-16 export");
        yield return File("file", [.. Encoding.UTF8.GetBytes(json[..200]), 0xFF, 0xFE, 0xC0, 0xAF, .. Encoding.UTF8.GetBytes(json[200..])], "invalid UTF-8 in the middle");
        yield return File("file", new string('[', 40) + new string(']', 40));
        yield return File("file", new string('[', 200_000) + new string(']', 200_000));
        yield return File("file", Set(json, "plan.title", new string('x', 2 * 1024 * 1024 + 10)));
        yield return File("file", "[" + string.Join(",", Enumerable.Repeat("1", 500_000)) + "]");

        // Too many items, and the same item (same id) twice in each list.
        foreach (var list in new[] { "plan.selfAssessment.skills", "plan.selfAssessment.experiences", "plan.goals.items", "plan.gapAnalysis.requirements", "plan.actions", "plan.milestones", "plan.reviews", "plan.mentorComments", "plan.mentorRatings" })
        {
            yield return File("duplicate id", $"the export with {list}[0] twice (same id)", Mutate(json, root => Duplicate(root, list, 1)));
            yield return File("too many", $"the export with {list}[0] 202 times", Mutate(json, root => Duplicate(root, list, 201)));
        }

        // A review's snapshot of the plan, as the file says it was: the same part twice in it.
        foreach (var list in new[] { "plan.reviews[0].snapshot.actions", "plan.reviews[0].snapshot.requirements", "plan.reviews[0].snapshot.goals", "plan.reviews[0].snapshot.skills" })
        {
            yield return File("duplicate id", $"the export with {list}[0] twice (same id)", Mutate(json, root => Duplicate(root, list, 1)));
        }

        // Dates at the ends of the calendar, where adding a month or a year overflows.
        foreach (var (path, value) in new[]
        {
            ("plan.createdAt", "0001-01-01T00:00:00"), ("plan.createdAt", "9999-12-31T23:59:59.9999999"), ("exportedAt", "9999-12-31T23:59:59.9999999"),
            ("plan.goals.items[0].targetDate", "9999-12-31"), ("plan.goals.items[0].targetDate", "0001-01-01"),
            ("plan.actions[0].deadline", "9999-12-31"), ("plan.actions[0].start", "0001-01-01"), ("plan.actions[0].deadline", "0001-01-01"),
            ("plan.selfAssessment.experiences[0].from", "0001-01-01"), ("plan.selfAssessment.experiences[0].to", "9999-12-31"),
            ("plan.milestones[0].date", "9999-12-31"), ("plan.milestones[0].date", "0001-01-01"),
            ("plan.reviews[0].date", "9999-12-31"), ("plan.reviews[0].date", "0001-01-01"), ("plan.reviews[0].recordedAt", "9999-12-31T23:59:59.9999999"),
            ("plan.mentorComments[0].createdAt", "9999-12-31T23:59:59.9999999"), ("plan.mentorComments[0].createdAt", "0001-01-01T00:00:00"),
        })
        {
            yield return File("extreme date", $"the export with {path} = {value}", Set(json, path, value));
            yield return File("extreme date", $"the export with {path} = {value} and plan.cadence = Monthly", Mutate(Set(json, path, value), root => SetNode(root, "plan.cadence", JsonValue.Create("Monthly"))));
        }

        foreach (var token in new[] { "1e309", "-1", "101", "2147483648", "79228162514264337593543950336", "-79228162514264337593543950335", "0.0000000000000000000000000001" })
        {
            yield return File("number", $"the export with plan.actions[0].percentDone = {token}", SetRaw(json, "plan.actions[0].percentDone", token));
            yield return File("number", $"the export with plan.actions[0].effortHours = {token}", SetRaw(json, "plan.actions[0].effortHours", token));
            yield return File("number", $"the export with plan.actions[0].budgetAmount = {token}", SetRaw(json, "plan.actions[0].budgetAmount", token));
            yield return File("number", $"the export with schemaVersion = {token}", SetRaw(json, "schemaVersion", token));
        }
    }

    private static FuzzValue LeafMutation(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var leaves = new List<(JsonNode Parent, object Key, JsonNode? Node, string Path)>();
        Walk(root, "", leaves);
        var (parent, key, node, path) = leaves[random.Next(leaves.Count)];
        var text = node?.ToJsonString() ?? "null";
        string replacement;
        if (random.Next(5) == 0)
        {
            // Any kind of wrong value, anywhere.
            replacement = OtherTokens[random.Next(OtherTokens.Length)];
        }
        else if (text.Length == 12 && DateOnly.TryParse(text.Trim('"'), CultureInfo.InvariantCulture, out _))
        {
            replacement = Quote(DateValues[random.Next(DateValues.Length)]);
        }
        else if (text.StartsWith('"') && DateTime.TryParse(text.Trim('"'), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            replacement = Quote(DateTimeValues[random.Next(DateTimeValues.Length)]);
        }
        else if (text.StartsWith('"') && Guid.TryParse(text.Trim('"'), out _))
        {
            // Another part's id: a rating for a skill, an action pointing at a review, the same id twice.
            var guids = leaves.Select(l => l.Node?.ToJsonString() ?? "").Where(t => t.Length == 38 && Guid.TryParse(t.Trim('"'), out _)).ToList();
            replacement = random.Next(3) == 0 ? Quote(Guid.Empty.ToString()) : guids[random.Next(guids.Count)];
        }
        else if (text.StartsWith('"'))
        {
            var category = new[] { "control", "html", "long", "misc", "enum", "sql" }[random.Next(6)];
            var pool = FuzzValues.Texts(category);
            replacement = Quote(pool[random.Next(pool.Count)]);
        }
        else
        {
            replacement = NumberTokens[random.Next(NumberTokens.Length)];
        }

        var mutated = SetRaw(root, parent, key, replacement);
        return new FuzzValue("leaf", $"the export with {path} = {(replacement.Length > 60 ? replacement[..60] + "…" : replacement)}", [FormEncoding.Encode(mutated)]);
    }

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static void Walk(JsonNode node, string path, List<(JsonNode Parent, object Key, JsonNode? Node, string Path)> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (child is JsonObject or JsonArray)
                    {
                        Walk(child, childPath, leaves);
                    }

                    leaves.Add((obj, name, child, childPath));
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    if (array[i] is JsonObject or JsonArray)
                    {
                        Walk(array[i]!, childPath, leaves);
                    }

                    leaves.Add((array, i, array[i], childPath));
                }

                break;
            default:
                break;
        }
    }

    private static string Mutate(string json, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(json)!;
        change(root);
        return root.ToJsonString();
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            var name = part.Split('[')[0];
            node = node?[name];
            if (part.Contains('[', StringComparison.Ordinal))
            {
                var index = int.Parse(part.Split('[')[1].TrimEnd(']'), CultureInfo.InvariantCulture);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }
        }

        return node;
    }

    private static void SetNode(JsonNode root, string path, JsonNode? value)
    {
        var parentPath = path.Contains('.', StringComparison.Ordinal) ? path[..path.LastIndexOf('.')] : "";
        var last = path[(path.LastIndexOf('.') + 1)..];
        var parent = parentPath.Length == 0 ? root : Find(root, parentPath);
        if (parent is JsonObject obj)
        {
            obj[last] = value;
        }
    }

    private static string Set(string json, string path, string value) => Mutate(json, root => SetNode(root, path, JsonValue.Create(value)));

    private static string SetRaw(string json, string path, string token) => Mutate(json, root => SetNode(root, path, JsonNode.Parse(token)));

    private static string SetRaw(JsonNode root, JsonNode parent, object key, string token)
    {
        // A placeholder keeps tokens JsonNode would not write as given (1e309, a lone surrogate escape).
        const string placeholder = "\"__fuzz_placeholder__\"";
        if (key is string name)
        {
            parent[name] = JsonValue.Create("__fuzz_placeholder__");
        }
        else
        {
            parent[(int)key] = JsonValue.Create("__fuzz_placeholder__");
        }

        return root.ToJsonString().Replace(placeholder, token, StringComparison.Ordinal);
    }

    private static void Duplicate(JsonNode root, string listPath, int copies)
    {
        if (Find(root, listPath) is JsonArray { Count: > 0 } list)
        {
            var first = list[0]!.ToJsonString();
            for (var i = 0; i < copies; i++)
            {
                list.Add(JsonNode.Parse(first));
            }
        }
    }
}
