namespace PrivacyProxy.Redaction.Restoring;

/// <summary>
/// Where a placeholder-shaped text lies: <see cref="Length"/> from the match start, the <c>TYPE_n</c> body at
/// <see cref="BodyStart"/> (absolute index) and the type's length inside the body.
/// </summary>
internal readonly record struct PlaceholderMatch(int Length, int BodyStart, int BodyLength, int TypeLength, PlaceholderForm Form)
{
    public ReadOnlySpan<char> Type(ReadOnlySpan<char> text) => text.Slice(BodyStart, TypeLength);

    public ReadOnlySpan<char> Digits(ReadOnlySpan<char> text) =>
        text.Slice(BodyStart + TypeLength + 1, BodyLength - TypeLength - 1);

    public ReadOnlySpan<char> Body(ReadOnlySpan<char> text) => text.Slice(BodyStart, BodyLength);
}
