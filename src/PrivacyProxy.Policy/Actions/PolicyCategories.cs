using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy;

/// <summary>The categories a policy can name: the detector's, plus <see cref="Custom"/> for dictionary terms.</summary>
public static class PolicyCategories
{
    /// <summary>The category of every deny-term finding; its type is the dictionary's name.</summary>
    public const string Custom = "CUSTOM";

    /// <summary>Every category an <c>Actions</c> key may name.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Categories.All, Custom];
}
