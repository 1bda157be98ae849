using System.Text;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>Blocks are read by their <c>type</c> wherever it sits; unknown, missing or ambiguous types are scanned whole.</summary>
public sealed class AnthropicBlockTypeTests
{
    private static string Rewrite(string content) => Encoding.UTF8.GetString(
        AnthropicMessagesProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill($$$"""{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{{{content}}}]}]}""")),
            Secrets.Scrubber(),
            RequestRewriteOptions.Default));

    [Theory]
    [InlineData("""{"type":"future_block","id":"{EMAIL}","signature":"{KEY}","data":"{CARD}","nested":{"{EMAIL}":[{"data":"{KEY}"}]}}""")]
    [InlineData("""{"id":"{EMAIL}","signature":"{KEY}","data":"{CARD}"}""")]
    [InlineData("""{"type":7,"data":"{CARD}","signature":"{KEY}"}""")]
    [InlineData("""{"type":"redacted_thinking","type":"text","data":"{CARD}","text":"{EMAIL}"}""")]
    [InlineData("""{"type":"tool_result","tool_use_id":"t","content":[{"type":"mystery","tool_use_id":"{EMAIL}","signature":"{KEY}"}]}""")]
    [InlineData("""{"type":"search_result","source":"s","title":"t","content":[{"type":"other","id":"{EMAIL}"},{"type":"text","text":"{KEY}"}]}""")]
    [InlineData("""{"type":"document","source":{"type":"content","content":[{"type":"chart","data":"{CARD}"}]}}""")]
    public void RewriteRequest_UnknownMissingOrAmbiguousType_ScannedWhole(string block)
    {
        string output = Rewrite(block);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
    }

    [Fact]
    public void RewriteRequest_TypeAfterFields_VariantStillChosen()
    {
        string output = Rewrite("""{"source":{"data":"memo {EMAIL}","media_type":"text/plain","type":"text"},"title":"{CARD}","type":"document"}""");

        JsonAt.String(output, "messages[0].content[0].source.data").Masked().Should().Be("memo [[EMAIL_1]]".Masked());
        JsonAt.String(output, "messages[0].content[0].title").Masked().Should().Be("[[CREDIT_CARD_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_TypeAfterOpaqueField_OpaqueFieldStillPasses()
    {
        string output = Rewrite("""{"signature":"EqQBCgIYAhIMx9Lq0Zr7","thinking":"t {KEY}","type":"thinking"}""");

        // The signature is upstream ciphertext: it passes unchanged when it has the provider's shape.
        JsonAt.String(output, "messages[0].content[0].signature").Should().Be("EqQBCgIYAhIMx9Lq0Zr7");
        JsonAt.String(output, "messages[0].content[0].thinking").Masked().Should().Be("t [[API_KEY_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_SystemAsString_Scanned()
    {
        string output = Encoding.UTF8.GetString(AnthropicMessagesProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill("""{"system":"Agent for {EMAIL}","messages":[]}""")),
            Secrets.Scrubber(),
            RequestRewriteOptions.Default));

        JsonAt.String(output, "system").Masked().Should().Be("Agent for [[EMAIL_1]]".Masked());
    }

    [Fact]
    public void RewriteRequest_ToolChoiceName_ScrubbedLikeToolName()
    {
        string output = Encoding.UTF8.GetString(AnthropicMessagesProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill("""{"tools":[{"name":"mail_{EMAIL}","input_schema":{}}],"tool_choice":{"type":"tool","name":"mail_{EMAIL}"}}""")),
            Secrets.Scrubber(),
            RequestRewriteOptions.Default));

        JsonAt.String(output, "tool_choice.name").Masked().Should().Be(JsonAt.String(output, "tools[0].name").Masked());
        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
    }
}
