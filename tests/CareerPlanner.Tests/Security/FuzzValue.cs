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
