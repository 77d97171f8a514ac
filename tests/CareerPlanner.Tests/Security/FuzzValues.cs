using System.Globalization;
using System.Text;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// Bad values for a form field, deterministic for a given seed, field and count: wrong types, huge
/// values (four of at least 1 MB each), NUL and control characters, invalid UTF-8 and broken escapes,
/// the field sent twice or a thousand times, bad enum names and numbers, impossible dates,
/// out-of-range numbers, malformed GUIDs, very long names, HTML and script, path traversal,
/// SQL-ish and template-ish strings, mutations of the field's own value — then seeded random
/// mixtures of all of those until <c>count</c> is reached. Categories are interleaved, so even a
/// small count covers every one of them.
/// </summary>
internal sealed class FuzzValues(int seed)
{
    public const int MegaByte = 1 << 20;

    /// <summary>The megabyte values are the 2nd, the (HugeEvery+2)th…: each costs as much as dozens of others.</summary>
    public const int HugeEvery = 40;

    private static readonly Lazy<IReadOnlyList<FuzzValue>> Huge = new(() =>
    [
        FuzzValue.Text("huge", new string('A', MegaByte + 1)),
        FuzzValue.Text("huge", new string('9', MegaByte)),
        FuzzValue.Text("huge", string.Concat(Enumerable.Repeat("<script>alert('x')</script>\"'&\0é€😀 ", MegaByte / 40 + 1))),
        FuzzValue.Raw("huge", string.Concat(Enumerable.Repeat("%FF%FE%C0%AF", MegaByte / 3 + 1))),
    ]);

    // Encoded once and shared by every field: thousands of fields must not each hold a copy of the long ones.
    private static readonly Lazy<IReadOnlyList<IReadOnlyList<FuzzValue>>> Fixed = new(() =>
    [
        [.. FuzzTexts.InvalidUtf8.Select(v => FuzzValue.Raw("invalid utf-8", v))],
        .. FuzzTexts.Categories.Select(c => (IReadOnlyList<FuzzValue>)[.. c.Values.Select(v => FuzzValue.Text(c.Name, v))]),
    ]);

    /// <summary>How many values the fixed lists hold (before random ones are added).</summary>
    public static int FixedCount => Huge.Value.Count + Fixed.Value.Sum(c => c.Count) + 22;

    /// <summary>Some of the fixed values, for other generators to reuse.</summary>
    public static IReadOnlyList<string> Texts(string category) => FuzzTexts.Categories.Single(c => c.Name == category).Values;

    /// <summary><paramref name="count"/> bad values for the field <paramref name="field"/> of the form <paramref name="form"/>, whose value was <paramref name="original"/>.</summary>
    /// <param name="form">Names the form, with <paramref name="field"/> seeding the random values.</param>
    /// <param name="field">The field's name.</param>
    /// <param name="original">The field's value in the form, for duplicates and mutations.</param>
    /// <param name="count">How many values.</param>
    /// <param name="kind">The field's element: an input type ("date", "number", "hidden"…), "select", "textarea", "button"; its category of values goes twice as often.</param>
    public IReadOnlyList<FuzzValue> For(string form, string field, string original, int count, string kind = "text")
    {
        var random = new Random(seed ^ StableHash(form + "\u0001" + field));
        var lists = new List<IReadOnlyList<FuzzValue>> { Fixed.Value[0], Duplicates(original).ToList(), Mutations(original).ToList() };
        lists.AddRange(Fixed.Value.Skip(1));
        foreach (var affine in Affinity(kind, original))
        {
            // The values of the field's own kind come twice as often: their evens and odds take turns as two lists.
            var list = Fixed.Value[1 + Array.FindIndex(FuzzTexts.Categories, c => c.Name == affine)];
            lists.Remove(list);
            lists.Insert(0, [.. list.Where((_, i) => i % 2 == 1)]);
            lists.Insert(0, [.. list.Where((_, i) => i % 2 == 0)]);
        }

        // One of each category in turn, so that even a short run covers them all; a megabyte second, then every HugeEvery values.
        var values = new List<FuzzValue>(count);
        var huge = Huge.Value;
        for (var round = 0; values.Count < count && lists.Any(l => round < l.Count); round++)
        {
            foreach (var list in lists.Where(l => round < l.Count))
            {
                if (values.Count % HugeEvery == 1 && values.Count / HugeEvery < huge.Count && values.Count < count)
                {
                    values.Add(huge[values.Count / HugeEvery]);
                }

                if (values.Count < count)
                {
                    values.Add(list[round]);
                }
            }
        }

        while (values.Count < count)
        {
            values.Add(RandomValue(random, original));
        }

        return values;
    }

    private static IEnumerable<string> Affinity(string kind, string original) =>
        kind switch
        {
            "date" => ["date"],
            "number" => ["number"],
            "select" or "radio" or "checkbox" => ["enum"],
            "hidden" when Guid.TryParse(original, out _) => ["guid"],
            "hidden" when int.TryParse(original, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => ["number"],
            "text" or "textarea" or "email" or "password" => ["long", "control"],
            _ => [],
        };

    private static IEnumerable<FuzzValue> Duplicates(string original)
    {
        yield return FuzzValue.Many("duplicate", original, "x");
        yield return FuzzValue.Many("duplicate", "x", original);
        yield return FuzzValue.Many("duplicate", "1", "2");
        yield return FuzzValue.Many("duplicate", "", original);
        yield return FuzzValue.Many("duplicate", original, "");
        yield return FuzzValue.Many("duplicate", original, original);
        yield return FuzzValue.Many("duplicate", original, "<script>alert(1)</script>", "-1");
        yield return FuzzValue.Many("duplicate", "2026-02-30", "9999-12-31");
        yield return FuzzValue.Many("duplicate", [.. Enumerable.Repeat(original, 200)]);
        // More values than the form reader accepts in one request (1,024).
        yield return FuzzValue.Many("duplicate", [.. Enumerable.Range(0, 1_100).Select(i => i.ToString(CultureInfo.InvariantCulture))]);
    }

    private static IEnumerable<FuzzValue> Mutations(string original)
    {
        yield return FuzzValue.Text("mutation", original + "\0");
        yield return FuzzValue.Text("mutation", "\0" + original);
        yield return FuzzValue.Text("mutation", " " + original + " ");
        yield return FuzzValue.Text("mutation", original.ToUpperInvariant() + "'");
        yield return FuzzValue.Text("mutation", "-" + original);
        yield return FuzzValue.Text("mutation", original + "0");
        yield return FuzzValue.Text("mutation", original + ".5");
        yield return FuzzValue.Text("mutation", original.Length > 1 ? original[..^1] : original + original);
        yield return FuzzValue.Text("mutation", string.Concat(Enumerable.Repeat(original.Length == 0 ? "x" : original, Math.Max(2, 3_000 / Math.Max(1, original.Length)))));
        yield return FuzzValue.Text("mutation", new string([.. original.Reverse()]));
        yield return FuzzValue.Raw("mutation", FormEncoding.Encode(original) + "%FF");
        yield return FuzzValue.Text("mutation", original.Replace('-', '/').Replace('.', ','));
    }

    private static FuzzValue RandomValue(Random random, string original) => random.Next(9) switch
    {
        0 => FuzzValue.Text("random text", RandomText(random, random.Next(4) == 0 ? random.Next(100, 5_000) : random.Next(1, 64))),
        1 => FuzzValue.Text("random number", RandomNumber(random)),
        2 => FuzzValue.Text("random date", RandomDate(random)),
        3 => FuzzValue.Text("random guid", RandomGuidLike(random)),
        4 => FuzzValue.Raw("random bytes", RandomBytes(random)),
        5 => FuzzValue.Many("random duplicate", [.. Enumerable.Range(0, random.Next(2, 6)).Select(_ => RandomText(random, random.Next(0, 20)))]),
        6 => FuzzValue.Text("random mutation", Mutate(random, original)),
        7 => FuzzValue.Text("random enum", random.Next(3) switch
        {
            0 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
            1 => random.Next(-3, 12).ToString(CultureInfo.InvariantCulture),
            _ => string.Concat(RandomText(random, random.Next(1, 12)).Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)),
        }),
        _ => FuzzValue.Text("random mix", RandomText(random, random.Next(1, 8)) + Pick(random, FuzzTexts.Html) + Pick(random, FuzzTexts.Sql) + Pick(random, FuzzTexts.Controls)),
    };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static readonly string[] Alphabets =
    [
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "\0\u0001\u0002\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\u200b\u202e",
        "éèàçñßøåÆŒ€£¥©®µ¶",
        "中文日本語한국어עבריתالعربيةहिन्दी",
        "\u0300\u0301\u0302\u0303\u0308\u20dd",
        "😀😃🚀👩‍💻🏳️‍🌈",
        "\ud800\udbff\udc00\udfff",
    ];

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        var alphabet = Alphabets[random.Next(Alphabets.Length)];
        for (var i = 0; i < length; i++)
        {
            if (random.Next(8) == 0)
            {
                alphabet = Alphabets[random.Next(Alphabets.Length)];
            }

            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomNumber(Random random)
    {
        var builder = new StringBuilder();
        builder.Append(random.Next(4) switch { 0 => "-", 1 => "+", 2 => "", _ => " " });
        builder.Append(new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)('0' + random.Next(10)))]));
        builder.Append(random.Next(5) switch { 0 => ".", 1 => ",", 2 => "e" + random.Next(-400, 400).ToString(CultureInfo.InvariantCulture), _ => "" });
        if (random.Next(2) == 0)
        {
            builder.Append(new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)('0' + random.Next(10)))]));
        }

        return builder.ToString();
    }

    private static string RandomDate(Random random)
    {
        string[] separators = ["-", "/", ".", " ", "", "--", "T"];
        var separator = separators[random.Next(separators.Length)];
        var year = random.Next(6) switch { 0 => random.Next(-10, 10), 1 => random.Next(9_990, 100_000), _ => random.Next(1, 3_000) };
        var month = random.Next(-1, 15);
        var day = random.Next(-1, 35);
        return random.Next(3) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year:0000}{separator}{month:00}{separator}{day:00}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{day}{separator}{month}{separator}{year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{month}{separator}{day}{separator}{year}"),
        };
    }

    private static readonly int[] GuidGroups = [8, 4, 4, 4, 12];

    private static string RandomGuidLike(Random random)
    {
        const string hex = "0123456789abcdefABCDEFgG-{}() ";
        var groups = GuidGroups.Select(n => n + random.Next(-1, 2)).Select(n => new string([.. Enumerable.Range(0, Math.Max(0, n)).Select(_ => hex[random.Next(random.Next(4) == 0 ? hex.Length : 16)])]));
        return string.Join(random.Next(4) == 0 ? "" : "-", groups);
    }

    private static string RandomBytes(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, 17); i > 0; i--)
        {
            builder.Append(random.Next(10) switch
            {
                0 => "%",
                1 => "%" + "0123456789ABCDEFXYZ"[random.Next(19)],
                2 => "+",
                _ => "%" + random.Next(256).ToString("X2", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string original)
    {
        var chars = new StringBuilder(original.Length == 0 ? "x" : original);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(chars.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    chars.Insert(at, RandomText(random, random.Next(1, 4)));
                    break;
                case 1 when chars.Length > 0:
                    chars.Remove(Math.Min(at, chars.Length - 1), 1);
                    break;
                case 2:
                    chars.Insert(at, (char)random.Next(0, 0x20));
                    break;
                default:
                    chars.Insert(at, chars.ToString(), random.Next(1, 5));
                    break;
            }
        }

        return chars.ToString();
    }

    /// <summary>FNV-1a: the same on every run and machine, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
