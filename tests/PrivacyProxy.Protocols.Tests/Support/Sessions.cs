using PrivacyProxy.Detection;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>Real redaction sessions (branch <c>redaction</c>) over a planted-value detector.</summary>
internal static class Sessions
{
    public static PlantedDetector Detector() => new(
        (Restorers.PersonValue, Categories.Personal, "PERSON"),
        (Secrets.Email, Categories.Contact, "EMAIL"),
        ("C:\\Users\\alice", Categories.Secret, "PASSWORD"),
        (Secrets.ApiKey, Categories.Secret, "API_KEY"),
        (Secrets.Card, Categories.Financial, "CREDIT_CARD"));

    /// <summary>A session that issued [[PERSON_1]], [[EMAIL_1]] and [[PASSWORD_1]], as a request would have.</summary>
    public static RedactionSession Issued()
    {
        var session = new RedactionSession(Detector());
        session.Scrub($"Dear {Restorers.PersonValue}, write to {Secrets.Email} from C:\\Users\\alice");
        return session;
    }
}
