namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Controls: every value class plain, in its sentence, on every protocol family (and cards and AWS keys on every
/// route). These pass on today's proxy; if one fails, the leak finder or the value generator is wrong, not the proxy.
/// </summary>
internal static class PlainCases
{
    public static IEnumerable<EvasionCase> All()
    {
        var values = new SecretValues(101);
        foreach (var secret in values.OneOfEach())
        {
            var carriers = secret.Kind is "card" or "aws" ? Carrier.All : Carrier.Families;
            foreach (var carrier in carriers)
            {
                yield return EvasionCase.InText($"plain.{secret.Kind}.{carrier.Name}", carrier, secret, secret.Sentence());
            }
        }
    }
}
