namespace PrivacyProxy.Detection.Names;

/// <summary>What one piece of a run of capitalised words is.</summary>
internal enum NameUnitKind : byte
{
    /// <summary>A capitalised word (Jane, O'Brien, McDonald, Smith-Jones).</summary>
    Word,

    /// <summary>A word in capitals (SMITH): a surname in forms, never a given name.</summary>
    Capitals,

    /// <summary>A middle initial (J. or J).</summary>
    Initial,

    /// <summary>A lower-case surname particle (van, der, de, la, von, da, bin).</summary>
    Particle,
}

/// <summary>One piece of a run: its span in the text and its kind.</summary>
internal readonly record struct NameUnit(int Start, int End, NameUnitKind Kind)
{
    public int Length => End - Start;
}
