namespace Conoceles.Domain;

using System.Security.Cryptography;
using System.Text;

/// <summary>Opaque ids derived from a natural identity, so a rebuilt database keeps its URLs.</summary>
public static class Ids
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string Derive(string prefix, string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        var text = new StringBuilder(prefix.Length + 14).Append(prefix).Append('_');
        ulong bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < 13; i++)
        {
            text.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }

        return text.ToString();
    }
}
