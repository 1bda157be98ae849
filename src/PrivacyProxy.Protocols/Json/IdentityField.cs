using System.Buffers;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Where a protocol carries its user-isolation id (DeepSeek <c>user_id</c>, Anthropic <c>metadata.user_id</c>):
/// the request scrubber overwrites it with the proxy's keyed id, inserts it when absent, or removes a client's.
/// </summary>
internal sealed class IdentityField
{
    private readonly string[] _path;

    /// <summary>Creates the field from its property path below the root object.</summary>
    public IdentityField(params string[] path)
    {
        if (path.Length == 0)
        {
            throw new ArgumentException("The identity path needs at least one property.", nameof(path));
        }

        _path = path;
    }

    /// <summary>Number of properties in the path.</summary>
    public int Depth => _path.Length;

    /// <summary>Property name at <paramref name="level"/> (0 = below the root).</summary>
    public string NameAt(int level) => _path[level];

    /// <summary>Writes the value that stands in for the path from <paramref name="level"/> down: nested objects, then the id.</summary>
    public void WriteValueFrom(int level, string userId, IBufferWriter<byte> output)
    {
        for (int i = level; i < _path.Length; i++)
        {
            output.Write("{"u8);
            JsonStringEscaper.WriteQuoted(_path[i], output);
            output.Write(":"u8);
        }

        JsonStringEscaper.WriteQuoted(userId, output);
        for (int i = level; i < _path.Length; i++)
        {
            output.Write("}"u8);
        }
    }

    /// <summary>Writes <c>"name":value</c> for the member missing at <paramref name="level"/>.</summary>
    public void WriteMemberFrom(int level, string userId, IBufferWriter<byte> output)
    {
        JsonStringEscaper.WriteQuoted(_path[level], output);
        output.Write(":"u8);
        WriteValueFrom(level + 1, userId, output);
    }

    /// <summary>Throws unless <paramref name="userId"/> has the form DeepSeek accepts.</summary>
    public static void Validate(string userId)
    {
        if (userId.Length is 0 or > 512)
        {
            throw new ArgumentException("The user id must be 1 to 512 characters.", nameof(userId));
        }

        foreach (char c in userId)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException("The user id may contain only A-Z, a-z, 0-9, '-' and '_'.", nameof(userId));
            }
        }
    }
}
