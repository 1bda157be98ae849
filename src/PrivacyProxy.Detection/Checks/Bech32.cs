namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Bech32 (BIP-173) and Bech32m (BIP-350) strings: a human-readable part, the separator 1, data characters, and a
/// six-character BCH checksum; not mixed case. Covers segwit addresses and other Bech32 encodings.
/// </summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        var separator = value.LastIndexOf('1');
        if (separator < 1 || value.Length - separator - 1 < 6 || value.Length > 1024)
        {
            return false;
        }

        var hasLower = false;
        var hasUpper = false;
        foreach (var c in value)
        {
            if (c is < (char)33 or > (char)126)
            {
                return false;
            }

            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        if (hasLower && hasUpper)
        {
            return false;
        }

        var hrp = value[..separator];
        uint chk = 1;
        foreach (var c in hrp)
        {
            chk = PolyMod(chk) ^ (uint)(char.ToLowerInvariant(c) >> 5);
        }

        chk = PolyMod(chk);
        foreach (var c in hrp)
        {
            chk = PolyMod(chk) ^ (uint)(char.ToLowerInvariant(c) & 31);
        }

        foreach (var c in value[(separator + 1)..])
        {
            var v = Charset.IndexOf(char.ToLowerInvariant(c));
            if (v < 0)
            {
                return false;
            }

            chk = PolyMod(chk) ^ (uint)v;
        }

        return chk is Bech32Constant or Bech32mConstant;
    }

    private static uint PolyMod(uint chk)
    {
        var top = chk >> 25;
        chk = (chk & 0x1ffffff) << 5;
        if ((top & 1) != 0) chk ^= 0x3b6a57b2;
        if ((top & 2) != 0) chk ^= 0x26508e6d;
        if ((top & 4) != 0) chk ^= 0x1ea119fa;
        if ((top & 8) != 0) chk ^= 0x3d4233dd;
        if ((top & 16) != 0) chk ^= 0x2a1462b3;
        return chk;
    }
}
