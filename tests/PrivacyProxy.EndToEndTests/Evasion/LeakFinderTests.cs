using System.Text;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>The leak finder itself: it sees a value in each form and encoding the catalogue relies on, and not once it is replaced.</summary>
public sealed class LeakFinderTests
{
    private static readonly Secret Key = new SecretValues(1).Aws();
    private static readonly Secret Card = new SecretValues(2).Card();

    // The forms by name only: a theory argument is shown in the test's name, and a disguised key is still the key.
    private static readonly Dictionary<string, Func<string>> Forms = new()
    {
        ["plain"] = () => Key.Text,
        ["lower"] = () => Key.Text.ToLowerInvariant(),
        ["fullwidth"] = () => Disguises.FullWidth(Key.Text),
        ["math"] = () => Disguises.MathBold(Key.Text),
        ["zwsp"] = () => Disguises.Every(Key.Text, "\u200B", 3),
        ["cyrillic"] = () => Disguises.Confusable(Key.Text, Disguises.Cyrillic),
        ["combining"] = () => Disguises.Combining(Key.Text, '\u0301'),
        ["spaced"] = () => Disguises.Every(Key.Text, " ", 4),
        ["base64"] = () => Convert.ToBase64String(Encoding.UTF8.GetBytes("k=" + Key.Text)),
        ["base64-nested"] = () => Convert.ToBase64String(Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(Key.Text)))),
        ["base64url-prefixed"] = () => "x" + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"a\":\"" + Key.Text + "\"}")).Replace('+', '-').Replace('/', '_'),
        ["hex"] = () => Convert.ToHexString(Encoding.UTF8.GetBytes(Key.Text)),
        ["percent-double"] = () => Uri.EscapeDataString(string.Concat(Key.Text.Select(c => $"%{(int)c:X2}"))),
        ["html"] = () => string.Concat(Key.Text.Select(c => $"&#{(int)c};")),
        ["json-escapes"] = () => string.Concat(Key.Text.Select(c => $"\\\\u{(int)c:X4}")),
        ["rfc2231"] = () => $"filename*0=\"{Key.Text[..9]}\"; filename*1=\"{Key.Text[9..]}\"",
    };

    public static TheoryData<string> FormNames
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (string name in Forms.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    [Theory]
    [MemberData(nameof(FormNames))]
    public void Find_KeyInForm_Found(string form)
    {
        string shown = Forms[form]();

        (LeakFinder.Find([Request("{\"note\":\"see " + shown + " ok\"}")], Key) is not null).Should().BeTrue("the {0} form is a leak", form);
    }

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\n")]
    [InlineData("-")]
    [InlineData("\"},{\"role\":\"user\",\"content\":\"")]
    public void Find_CardDigitsSeparatedAnyhow_Found(string separator)
    {
        string shown = Card.Text.Replace(" ", separator, StringComparison.Ordinal);
        (LeakFinder.Find([Request("{\"messages\":[{\"content\":\"" + shown + "\"}]}")], Card) is not null).Should().BeTrue("digits only is the card's canonical form");
    }

    [Fact]
    public void Find_ValueInHeaderOrQuery_Found()
    {
        var header = new RecordedRequest("GET", "/v1/models", "", [new("X-Note", Key.Text)], []);
        var query = new RecordedRequest("GET", "/v1/models", "?q=" + Uri.EscapeDataString(Uri.EscapeDataString(Key.Text)), [], []);

        (LeakFinder.Find([header], Key) is not null).Should().BeTrue("headers are searched");
        (LeakFinder.Find([query], Key) is not null).Should().BeTrue("queries are searched after decoding");
    }

    [Fact]
    public void Find_MostPiecesOfAValue_Found()
    {
        var split = Key with { Pieces = [Key.Text[..10], Key.Text[10..]] };

        (LeakFinder.Find([Request("{\"a\":\"" + Key.Text[..10] + "\",\"b\":\"" + Key.Text[10..] + "\"}")], split) is not null).Should().BeTrue("both halves arrived");
        (LeakFinder.Find([Request("{\"a\":\"[[API_KEY_1]]\",\"b\":\"" + Key.Text[10..] + "\"}")], split) is not null).Should().BeTrue("half the key is a leak");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Find_HalfAValueLeftByAPartialRedaction_Found(int side)
    {
        string compact = Card.Text.Replace(" ", "", StringComparison.Ordinal);
        string left = side == 0 ? "[[CREDIT_CARD_1]]" + compact[8..] : compact[..8] + "[[CREDIT_CARD_1]]";

        (LeakFinder.Find([Request("{\"content\":\"card " + left + "\"}")], Card) is not null).Should().BeTrue("eight of the card's digits are a leak");
        (LeakFinder.Find([Request("{\"content\":\"key " + Key.Text[..10] + "[[API_KEY_1]]\"}")], Key) is not null).Should().BeTrue("half the key is a leak");
    }

    [Fact]
    public void Find_ValueReplacedByPlaceholders_NotFound()
    {
        string scrubbed = "{\"messages\":[{\"role\":\"user\",\"content\":\"key [[API_KEY_1]], card [[CREDIT_CARD_1]], base64 "
            + Convert.ToBase64String(Encoding.UTF8.GetBytes("key [[API_KEY_1]]")) + "\"}],\"max_tokens\":256}";
        var request = new RecordedRequest("POST", "/v1/chat/completions", "", [new("Content-Type", "application/json")], Encoding.UTF8.GetBytes(scrubbed));

        (LeakFinder.Find([request], Key) is null).Should().BeTrue("a placeholder holds nothing of the key");
        (LeakFinder.Find([request], Card) is null).Should().BeTrue("a placeholder holds nothing of the card");
    }

    private static RecordedRequest Request(string body) =>
        new("POST", "/v1/chat/completions", "", [new("Content-Type", "application/json")], Encoding.UTF8.GetBytes(body));
}
