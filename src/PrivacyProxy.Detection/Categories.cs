namespace PrivacyProxy.Detection;

/// <summary>The finding categories of design.md's contract.</summary>
public static class Categories
{
    public const string Secret = "SECRET";
    public const string GovId = "GOV_ID";
    public const string Financial = "FINANCIAL";
    public const string Health = "HEALTH";
    public const string Contact = "CONTACT";
    public const string Network = "NETWORK";
    public const string Personal = "PERSONAL";

    public static readonly IReadOnlyList<string> All = [Secret, GovId, Financial, Health, Contact, Network, Personal];
}
