using System.Buffers.Binary;
using System.Numerics;

namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// Keccak-256 as Ethereum uses it (the original Keccak padding, not FIPS 202 SHA3-256), for short inputs; needed
/// by the EIP-55 address checksum and not provided by .NET.
/// </summary>
internal static class Keccak256
{
    private const int Rate = 136;

    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
        0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
        0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    private static ReadOnlySpan<byte> Rotations =>
        [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];

    private static ReadOnlySpan<byte> PiLanes =>
        [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    /// <summary>Hashes <paramref name="input"/> into the 32 bytes of <paramref name="output"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> input, Span<byte> output) => Hash(input, output, 0x01);

    /// <summary>
    /// The sponge with a chosen domain padding byte: 0x01 is Keccak-256, 0x06 is FIPS 202 SHA3-256 (which lets
    /// tests compare the permutation with the platform's SHA3).
    /// </summary>
    public static void Hash(ReadOnlySpan<byte> input, Span<byte> output, byte domain)
    {
        Span<ulong> state = stackalloc ulong[25];
        Span<byte> block = stackalloc byte[Rate];
        while (input.Length >= Rate)
        {
            Absorb(state, input[..Rate]);
            input = input[Rate..];
        }

        block.Clear();
        input.CopyTo(block);
        block[input.Length] ^= domain;
        block[Rate - 1] ^= 0x80;
        Absorb(state, block);
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output[(i * 8)..], state[i]);
        }
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < Rate / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        Permute(state);
    }

    private static void Permute(Span<ulong> st)
    {
        Span<ulong> bc = stackalloc ulong[5];
        for (var round = 0; round < 24; round++)
        {
            for (var i = 0; i < 5; i++)
            {
                bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            }

            for (var i = 0; i < 5; i++)
            {
                var t = bc[(i + 4) % 5] ^ BitOperations.RotateLeft(bc[(i + 1) % 5], 1);
                for (var j = 0; j < 25; j += 5)
                {
                    st[j + i] ^= t;
                }
            }

            var carry = st[1];
            for (var i = 0; i < 24; i++)
            {
                var lane = PiLanes[i];
                var next = st[lane];
                st[lane] = BitOperations.RotateLeft(carry, Rotations[i]);
                carry = next;
            }

            for (var j = 0; j < 25; j += 5)
            {
                for (var i = 0; i < 5; i++)
                {
                    bc[i] = st[j + i];
                }

                for (var i = 0; i < 5; i++)
                {
                    st[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
                }
            }

            st[0] ^= RoundConstants[round];
        }
    }
}
