namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>Builds sessions in a known state for restore tests.</summary>
internal static class Sessions
{
    /// <summary>
    /// A session that issued PERSON_1 (Alice O"Neil), EMAIL_1 (alice@...), EMAIL_2 (bob@...), CREDIT_CARD_1,
    /// API_KEY_1 and TEXT_1 (the client's literal "[[FOO_3]]"), and saw the client write "[EMAIL_2]" itself.
    /// </summary>
    public static RedactionSession Issued()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string[] messages =
        [
            $"Write to {PlantedValues.All[0].Value} at {PlantedValues.All[1].Value}.",
            $"cc {PlantedValues.All[2].Value}, card {PlantedValues.All[3].Value}, key {PlantedValues.All[4].Value}",
            "template [[FOO_3]] and note [EMAIL_2] as written",
        ];
        foreach (string message in messages)
        {
            session.Scrub(message);
        }

        return session;
    }
}
