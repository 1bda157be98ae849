namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// A planted value (fake, treated as real): its class, its text, the words a reader (and the value's rule) expects
/// before it, and how its canonical forms are built: digits only for numbers, letters and digits otherwise.
/// <see cref="Pieces"/>, when set, are parts of the value that leak it too when most of them arrive (the body lines
/// of a private key). <see cref="ToString"/> gives the class only, so a test name or failure never shows the value.
/// </summary>
internal sealed record Secret(string Kind, string Text, string Cue, bool Numeric, IReadOnlyList<string>? Pieces = null)
{
    /// <summary>The value (or a disguised form of it) in a sentence its rule recognises when plain.</summary>
    public string Sentence(string shown) => $"Here it is: {Cue} {shown} and nothing else.";

    /// <summary>The plain value in its sentence.</summary>
    public string Sentence() => Sentence(Text);

    public override string ToString() => Kind;
}
