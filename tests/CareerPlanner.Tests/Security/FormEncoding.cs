using System.Text;

namespace CareerPlanner.Tests.Security;

/// <summary>application/x-www-form-urlencoded, byte by byte, so a test can also send what no browser would.</summary>
internal static class FormEncoding
{
    /// <summary>Percent-encodes the UTF-8 bytes of <paramref name="value"/> (a lone surrogate becomes U+FFFD, as in a browser).</summary>
    public static string Encode(string value) => EncodeBytes(Encoding.UTF8.GetBytes(value));

    /// <summary>Percent-encodes bytes as they are, valid UTF-8 or not.</summary>
    public static string EncodeBytes(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3 / 2 + 16);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else if (b == (byte)' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    public static ByteArrayContent Body(IEnumerable<KeyValuePair<string, string>> encodedPairs)
    {
        var text = string.Join("&", encodedPairs.Select(p => p.Key + "=" + p.Value));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>The same fields as multipart/form-data, each value's bytes as they are (a file input's as a file).</summary>
    public static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> encodedPairs, IReadOnlyCollection<string> fileFields)
    {
        var content = new MultipartFormDataContent("----fuzz" + Guid.NewGuid().ToString("N"));
        foreach (var (name, value) in encodedPairs)
        {
            var plainName = Encoding.UTF8.GetString(Decode(name));
            var part = new ByteArrayContent(Decode(value));
            if (fileFields.Contains(plainName))
            {
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                content.Add(part, plainName, "plan.careerplan.json");
            }
            else
            {
                content.Add(part, plainName);
            }
        }

        return content;
    }

    /// <summary>Percent-decodes to bytes, leaving broken escapes as they are ('+' is a space).</summary>
    public static byte[] Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%' && i + 2 < encoded.Length && Uri.IsHexDigit(encoded[i + 1]) && Uri.IsHexDigit(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(c == '+' ? [(byte)' '] : Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    public static List<KeyValuePair<string, string>> EncodeAll(IEnumerable<KeyValuePair<string, string>> pairs) =>
        [.. pairs.Select(p => new KeyValuePair<string, string>(Encode(p.Key), Encode(p.Value)))];

    private const string HexDigits = "0123456789ABCDEF";
}
