using System.Globalization;
using System.Text;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// One bad value for one field: what is sent (already percent-encoded; several entries send the
/// field several times), and a short printable description for the report.
/// </summary>
internal sealed record FuzzValue(string Category, string Display, IReadOnlyList<string> Encoded)
{
    public long Bytes => Encoded.Sum(e => (long)e.Length);

    public static FuzzValue Text(string category, string value) =>
        new(category, Describe(value), [FormEncoding.Encode(value)]);

    /// <summary>Bytes exactly as given, e.g. <c>%C0%AF</c>: invalid UTF-8, broken escapes.</summary>
    public static FuzzValue Raw(string category, string encoded) =>
        new(category, "raw " + (encoded.Length <= 80 ? encoded : encoded[..80] + $"… ({encoded.Length:N0} bytes)"), [encoded]);

    public static FuzzValue Many(string category, params string[] values) =>
        new(category, $"{values.Length}× [{string.Join(", ", values.Take(3).Select(Describe))}{(values.Length > 3 ? ", …" : "")}]", [.. values.Select(FormEncoding.Encode)]);

    public static string Describe(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value.Take(60))
        {
            builder.Append(c switch
            {
                < ' ' or (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' or '\u202e' or (>= '\ud800' and <= '\udfff') => $"\\u{(int)c:x4}",
                '"' => "\\\"",
                _ => c.ToString(),
            });
        }

        builder.Append('"');
        if (value.Length > 60)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({value.Length:N0} chars)");
        }

        return builder.ToString();
    }
}

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

    private static readonly string[] WrongTypes =
    [
        "abc", "true", "false", "null", "undefined", "{}", "[]", "[1,2]", "{\"a\":1}", "1.5", "0x10", "1e3", "١٢٣", "½", "Ⅻ", "12abc",
        "abc12", "--1", "+-1", " ", "\t", "", "00000000001", "on", "off", "yes", "no", "TRUE", "True ", "✓", "true,false", "𝟙𝟚𝟛",
        "System.Object", "object Object", "()", "0.", "1 2", "\"1\"", "'1'",
    ];

    private static readonly string[] Controls =
    [
        .. Enumerable.Range(0, 0x20).Select(c => ((char)c).ToString()),
        "\u007f", .. Enumerable.Range(0x80, 0x20).Select(c => ((char)c).ToString()),
        "\u2028", "\u2029", "\ufeff", "\u200b", "\u200e", "\u202e", "\ufffe", "\uffff", "\ufffd", "a\0b", new string('\0', 100), "\r\n\r\n",
        "line1\nline2", "\u001b[31mred\u001b[0m", "\ud800", "\udc00", "a\ud800b", "\udfff\ud800", "name\0.txt", "\0<script>",
    ];

    private static readonly string[] InvalidUtf8 =
    [
        "%FF", "%FE", "%FF%FE", "%FE%FF", "%C0%AF", "%C0%80", "%C1%BF", "%E0%80%AF", "%F0%80%80%AF", "%F8%88%80%80%80", "%FC%84%80%80%80%80",
        "%ED%A0%80", "%ED%BF%BF", "%ED%A0%80%ED%B0%80", "%C3", "%E2%82", "%80", "%BF", "%C3%28", "%A0%A1", "%E2%28%A1", "%F0%28%8C%BC",
        "%F4%90%80%80", "%EF%BF%BE", "a%FFb", "%", "%%", "%2", "%G1", "%zz", "%u0041", "%uD800", "%00", "%0", "+", "%2B", "%25", "%25FF",
        "%%FF", "%E2%80%AE", "%C0%BCscript%C0%BE", "%2e%2e%2f", "%EF%BB%BF", "%EF%BB%BF1", "1%00", "%0D%0ASet-Cookie:+x=1", "%F5%80%80%80",
        "%C2", "%E0%A0", "%F0%90%80", "%FF%FF%FF%FF", "&", "=", "==", "&&", "a=b&c", "%3D%26",
    ];

    private static readonly string[] Enums =
    [
        "0", "-1", "6", "7", "99", "255", "256", "2147483647", "-2147483648", "1,2", "1, 2", "Novice,Expert", "Expert|Novice", "NotAKind",
        "novice", "NOVICE", " Expert", "Expert ", "Days7", "Never", "Year", "Other", "Done", "Dropped", "GrowInCurrentJob", "Skill", "High",
        "Course", "PerformanceReview", "SelfAssessment", "ProgressReview", "0x1", "1.0", "1e0", "+1", "01", "١", "Days7,Never", "365",
        "-2147483649", "4294967296", "Days0", "None", "Unknown", "InProgress,Done",
    ];

    // The ends of the calendar first: adding a day, a month or a year to them overflows.
    private static readonly string[] Dates =
    [
        "9999-12-31", "0001-01-01", "2026-02-30", "99999-01-01", "0000-00-00", "yesterday", "9999-12-30", "0001-01-02", "10000-01-01",
        "2026-02-29", "2025-02-29", "2028-02-29", "0001-01-00", "-0001-01-01", "2026-13-01", "2026-00-10", "2026-12-32", "2026-1-1", "26-12-01", "2026/12/01", "01/12/2026",
        "12/31/2026", "31/12/2026", "31.12.2026", "2026-12-01T00:00", "2026-12-01T25:61", "2026-12-01Z", "2026-12-01 ", " 2026-12-01",
        "2026-12-01\0", "today", "tomorrow", "now", "1 Jan 2026", "January 1, 2026", "1e10", "1767225600", "2026-W01-1",
        "2026-001", "+002026-01-01", "2026-12-01/2027-01-01", "1900-01-01", "1752-09-10", "2038-01-19", "2106-02-07", "3000-01-01",
        "1969-12-31", "1016-11-29", "29 Nov 2026", "2026-11-29", "2026-11-28", "2026-11-30", "2016-11-28",
        "2036-11-29", "12/13/2026", "2026-12-01T00:00:00+14:00", "Sat, 01 Jan 2000 00:00:00 GMT",
    ];

    private static readonly string[] Numbers =
    [
        "79228162514264337593543950335", "-1", "2147483647", "1e309", "-79228162514264337593543950335", "2147483648", "NaN", "0", "1e28",
        "-2147483648", "-1e309", "1e308", "Infinity", "-Infinity", "∞", "-2147483649", "9223372036854775808", "18446744073709551616",
        "79228162514264337593543950336",
        "-79228162514264337593543950336", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1e-400", "4.9E-324",
        "1,5", "1.5", "1.005", "1 000", "1_000", "1'000", "1.000,5", "0.1e1", ".5", "5.", "-.5", "+5", "--5", "5-", "5e", "0x1A", "0b101",
        "1/2", "100%", "101", "100.0001", "-0.0", "1e2", "10000000", "10000001", "1e7", "99999999999999999999.99", "3.4028235E+38", "١٠٠",
        "5 hours", "€5", "$5", "-100", "-0.01", "7.9228162514264337593543950335E+28", "0.5", "99.999", "100", "-101",
    ];

    private static readonly string[] Guids =
    [
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "{00000000-0000-0000-0000-000000000000}", "(00000000-0000-0000-0000-000000000000)",
        "0000000000000000000000000000000", "00000000-0000-0000-0000-0000000000000", "ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ",
        "12345678-1234-1234-1234-1234567890ab", "12345678123412341234123456789012", "{0x12345678,0x1234,0x1234,{0x12,0x34,0x12,0x34,0x56,0x78,0x90,0xab}}",
        "12345678-1234-1234-1234-1234567890ab-", " 12345678-1234-1234-1234-1234567890ab", "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "g2345678-1234-1234-1234-1234567890ab", "-", "{}", "12345678-1234-1234-1234",
        "12345678-1234-1234-1234-1234567890ab\0", "12345678-1234-1234-1234-1234567890ab,12345678-1234-1234-1234-1234567890ac",
    ];

    private static readonly string[] LongNames =
    [
        new('A', 121), new('A', 1_000), new('A', 10_000), new('A', 100_000), new('é', 121), string.Concat(Enumerable.Repeat("😀", 121)),
        string.Concat(Enumerable.Repeat("👩‍👩‍👧‍👦", 50)), new('W', 2_001), new('x', 20_001), new('x', 5_001), new('x', 81), new('x', 255),
        "a@" + new string('b', 250) + ".com", new('x', 129), "e" + new string('\u0301', 1_000), new('x', 80), new('x', 120), new('x', 2_000),
        new('x', 20_000), string.Concat(Enumerable.Repeat("ab ", 7_000)),
    ];

    private static readonly string[] Html =
    [
        "<script>alert(1)</script>", "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "javascript:alert(1)", "[click](javascript:alert(1))", "![x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=//evil.example>", "<style>*{display:none}</style>", "<!--", "]]>", "<![CDATA[x]]>", "&lt;script&gt;", "&#0;", "&#x0;",
        "&amp;", "\" onmouseover=\"alert(1)", "{{7*7}}", "${7*7}", "@(1+1)", "@DateTime.Now", "<%= 7*7 %>", "#{7*7}",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<form action=//evil.example><button>x</button></form>",
        "<meta http-equiv=refresh content=0;url=//evil.example>", "<base href=//evil.example/>", "<img src=x:x onerror=alert(1)//",
        "**bold** _it_ `code` <b>b</b>", "```\n<script>\n```", "| a | b |\n|---|---|\n| <script> | x |", "> quote\n\n# h1", "[x]: javascript:alert(1)",
        "<details open ontoggle=alert(1)>", "data:text/html,<script>alert(1)</script>", "[a](data:text/html;base64,PHNjcmlwdD4=)",
        "<<script>script>alert(1)<</script>/script>", "\\\"><script>", "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>",
    ];

    private static readonly string[] PathTraversal =
    [
        "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd", "C:\\Windows\\System32", "....//....//etc/passwd", "..%2f..%2f",
        "%2e%2e%2f", "\\\\evil\\share", "file:///etc/passwd", "/m/../plans/1", "//evil.example/x", "http://evil.example", "/plans/1/delete",
        "~/App_Data/careerplanner.db", "App_Data/careerplanner.db", "NUL", "CON", "aux.txt", ". ", "..", "/", "\\",
    ];

    private static readonly string[] Sql =
    [
        "' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE Plans; --", "\"; DROP TABLE \"Plans\"; --", "1; DELETE FROM AspNetUsers",
        "' UNION SELECT PasswordHash FROM AspNetUsers --", "1' AND randomblob(1000000000)--", "%' --", "'||(SELECT sqlite_version())||'",
        "1 OR 1=1", "admin'--", "') OR ('a'='a", "\\'", "''", "'", "\"", "`", "'; ATTACH DATABASE '/tmp/x.db' AS x; --", "json_extract('{}', '$')",
        "$..*", "$.Skills[0]", "\"}],\"x\":[{\"", "%", "_", "1 AND 1=2", "' AND 1=(SELECT COUNT(*) FROM sqlite_master) --",
    ];

    private static readonly string[] Misc =
    [
        "{0}", "{0:N}", "{", "}", "{{", "%s%s%s%s", "%n", "%x", "\\u0000", "\\", "\\\\", "$(whoami)", "`id`", "|| ls", "${jndi:ldap://x/a}",
        "İ", "ı", "ß", "ﬁ", "Ａ", "\u00a0", "  lots   of   spaces  ", "\n", "\r", "\r\n", "😀", "👍🏽", "\u0301", "ǅ", "मनीष", "中文", "עברית",
        "العربية", "a@b", "@", "a@b@c", "\"a\"@example.com", "a@[127.0.0.1]", "a@example.com\nBcc: x@example.com", "🙂@example.com",
    ];

    private static readonly (string Name, IReadOnlyList<string> Values)[] TextCategories =
    [
        ("wrong type", WrongTypes), ("control", Controls), ("enum", Enums), ("date", Dates), ("number", Numbers), ("guid", Guids),
        ("long", LongNames), ("html", Html), ("traversal", PathTraversal), ("sql", Sql), ("misc", Misc),
    ];

    // Encoded once and shared by every field: thousands of fields must not each hold a copy of the long ones.
    private static readonly Lazy<IReadOnlyList<IReadOnlyList<FuzzValue>>> Fixed = new(() =>
    [
        [.. InvalidUtf8.Select(v => FuzzValue.Raw("invalid utf-8", v))],
        .. TextCategories.Select(c => (IReadOnlyList<FuzzValue>)[.. c.Values.Select(v => FuzzValue.Text(c.Name, v))]),
    ]);

    /// <summary>How many values the fixed lists hold (before random ones are added).</summary>
    public static int FixedCount => Huge.Value.Count + Fixed.Value.Sum(c => c.Count) + 22;

    /// <summary>Some of the fixed values, for other generators to reuse.</summary>
    public static IReadOnlyList<string> Texts(string category) => TextCategories.Single(c => c.Name == category).Values;

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
            var list = Fixed.Value[1 + Array.FindIndex(TextCategories, c => c.Name == affine)];
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
        _ => FuzzValue.Text("random mix", RandomText(random, random.Next(1, 8)) + Pick(random, Html) + Pick(random, Sql) + Pick(random, Controls)),
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
