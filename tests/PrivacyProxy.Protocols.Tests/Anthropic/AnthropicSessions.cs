using PrivacyProxy.Detection;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Real redaction sessions for the Anthropic tests, with a city whose value needs JSON escaping.</summary>
internal static class AnthropicSessions
{
    /// <summary>Restored into <c>partial_json</c>: quotes and a backslash must come out JSON-escaped.</summary>
    public const string City = "Zürich \"Old\\Town\"";

    public static PlantedDetector Detector() => new(
        (Restorers.PersonValue, Categories.Personal, "PERSON"),
        (Secrets.Email, Categories.Contact, "EMAIL"),
        ("C:\\Users\\alice", Categories.Secret, "PASSWORD"),
        (City, Categories.Personal, "CITY"),
        (Secrets.ApiKey, Categories.Secret, "API_KEY"),
        (Secrets.Card, Categories.Financial, "CREDIT_CARD"));

    /// <summary>A session that issued [[PERSON_1]], [[EMAIL_1]], [[PASSWORD_1]] and [[CITY_1]].</summary>
    public static RedactionSession Issued()
    {
        var session = new RedactionSession(Detector());
        session.Scrub($"Dear {Restorers.PersonValue}, write to {Secrets.Email} from C:\\Users\\alice in {City}");
        return session;
    }
}
