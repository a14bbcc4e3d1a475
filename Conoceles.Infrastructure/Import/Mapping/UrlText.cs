namespace Conoceles.Infrastructure.Import.Mapping;

using System.Text;

/// <summary>Makes a published URL safe to emit: non-ASCII and spaces percent-encoded as UTF-8.</summary>
internal static class UrlText
{
    public static string? Encode(string? url)
    {
        if (url is null)
            return null;

        var encoded = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var ch = url[i];
            if (ch > ' ' && ch < 127)
            {
                encoded.Append(ch);
                continue;
            }

            var length = char.IsHighSurrogate(ch) && i + 1 < url.Length
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
                encoded.Append('%').Append(b.ToString("X2"));
        }

        return encoded.ToString();
    }
}
