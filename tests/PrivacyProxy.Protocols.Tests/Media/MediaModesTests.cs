using PrivacyProxy.Protocols.Tests.Support;
using static PrivacyProxy.Protocols.Tests.Media.MediaSamples;

namespace PrivacyProxy.Protocols.Tests.Media;

/// <summary>
/// Every protocol that carries inline media, in each <see cref="MediaHandling"/> mode: <see cref="MediaHandling.Refuse"/>
/// keeps the 415, <see cref="MediaHandling.Forward"/> keeps every byte, <see cref="MediaHandling.Strip"/> replaces the
/// part holding the media by a text part of the protocol (Ollama: the array emptied, a note added to the text) and
/// copies everything else byte for byte.
/// </summary>
public sealed class MediaModesTests
{
    private const string Chat = """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"see"},PART]}]}""";
    private const string Responses = """{"model":"m","input":[{"role":"user","content":[{"type":"input_text","text":"see"},PART]}]}""";
    private const string Messages = """{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"text","text":"see"},PART]}]}""";

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // protocol, case, body with media, the same body stripped
        { "openai-chat", "image_url object", In(Chat, """{"type":"image_url","image_url":{"url":"data:image/png;base64,{PNG}","detail":"low"}}"""), In(Chat, TextPart("text", ImageNote)) },
        { "openai-chat", "image_url string", In(Chat, """{"type":"image_url","image_url":"data:image/png;base64,{PNG}"}"""), In(Chat, TextPart("text", ImageNote)) },
        { "openai-chat", "input_audio", In(Chat, """{"type":"input_audio","input_audio":{"data":"{WAV}","format":"wav"}}"""), In(Chat, TextPart("text", AudioNote)) },
        { "openai-chat", "nested file", In(Chat, """{"type":"file","file":{"filename":"a.pdf","file_data":"data:application/pdf;base64,{PDF}"}}"""), In(Chat, TextPart("text", FileNote)) },
        { "openai-chat", "flat DeepSeek file", In(Chat, """{ "type" : "file", "file_data" : "{PDF}", "filename" : "a.pdf" }"""), In(Chat, TextPart("text", FileNote)) },
        { "openai-responses", "input_image", In(Responses, """{"type":"input_image","image_url":"data:image/png;base64,{PNG}","detail":"auto"}"""), In(Responses, TextPart("input_text", ImageNote)) },
        { "openai-responses", "input_file data", In(Responses, """{"type":"input_file","filename":"a.pdf","file_data":"data:application/pdf;base64,{PDF}"}"""), In(Responses, TextPart("input_text", FileNote)) },
        { "openai-responses", "input_file data URL", In(Responses, """{"type":"input_file","file_url":"data:application/pdf;base64,{PDF}"}"""), In(Responses, TextPart("input_text", FileNote)) },
        { "openai-responses", "input_audio", In(Responses, """{"type":"input_audio","input_audio":{"data":"{WAV}","format":"wav"}}"""), In(Responses, TextPart("input_text", AudioNote)) },
        {
            "openai-responses", "image in a tool output",
            """{"model":"m","input":[{"type":"function_call_output","call_id":"c1","output":[{"type":"input_text","text":"shot"},{"type":"input_image","image_url":"data:image/png;base64,{PNG}"}]}]}""",
            $$"""{"model":"m","input":[{"type":"function_call_output","call_id":"c1","output":[{"type":"input_text","text":"shot"},{{TextPart("input_text", ImageNote)}}]}]}"""
        },
        { "anthropic-messages", "base64 image", In(Messages, """{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}"""), In(Messages, TextPart("text", ImageNote)) },
        { "anthropic-messages", "base64 document", In(Messages, """{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"{PDF}"},"title":"t"}"""), In(Messages, TextPart("text", FileNote)) },
        { "anthropic-messages", "data URL document", In(Messages, """{"type":"document","source":{"type":"url","url":"data:application/pdf;base64,{PDF}"}}"""), In(Messages, TextPart("text", FileNote)) },
        { "anthropic-messages", "unknown source type", In(Messages, """{"type":"document","source":{"type":"future","data":"{PDF}"}}"""), In(Messages, TextPart("text", FileNote)) },
        { "anthropic-messages", "image with cache_control", In(Messages, """{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"},"cache_control":{"type":"ephemeral"}}"""), In(Messages, TextPart("text", ImageNote)) },
        {
            "anthropic-messages", "image in a tool_result",
            In(Messages, """{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"shot"},{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}]}"""),
            In(Messages, $$"""{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"shot"},{{TextPart("text", ImageNote)}}]}""")
        },
        {
            "anthropic-messages", "image in a content document",
            In(Messages, """{"type":"document","source":{"type":"content","content":[{"type":"text","text":"p"},{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}]}}"""),
            In(Messages, $$$"""{"type":"document","source":{"type":"content","content":[{"type":"text","text":"p"},{{{TextPart("text", ImageNote)}}}]}}""")
        },
        {
            "anthropic-messages", "image in system",
            """{"model":"m","max_tokens":1,"system":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}],"messages":[]}""",
            $$"""{"model":"m","max_tokens":1,"system":[{{TextPart("text", ImageNote)}}],"messages":[]}"""
        },
        {
            "ollama-chat", "images after content",
            """{"model":"m","messages":[{"role":"user","content":"see","images":["{PNG}"]}]}""",
            $$"""{"model":"m","messages":[{"role":"user","content":"see\n\n{{ImageNote}}","images":[]}]}"""
        },
        {
            "ollama-chat", "images before content, indented",
            "{\n  \"model\": \"m\",\n  \"messages\": [\n    {\n      \"role\": \"user\",\n      \"images\": [ \"{PNG}\" ],\n      \"content\": \"see\"\n    }\n  ]\n}",
            $"{{\n  \"model\": \"m\",\n  \"messages\": [\n    {{\n      \"role\": \"user\",\n      \"images\": [],\n      \"content\": \"see\\n\\n{ImageNote}\"\n    }}\n  ]\n}}"
        },
        {
            "ollama-generate", "images beside the prompt",
            """{"model":"m","prompt":"what is this?","images":["{PNG}"],"stream":false}""",
            $$"""{"model":"m","prompt":"what is this?\n\n{{ImageNote}}","images":[],"stream":false}"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RewriteRequest_Refuse_415NamingNoData(string protocol, string name, string body, string stripped)
    {
        _ = (name, stripped);

        var error = Refusal(protocol, Fill(body), MediaHandling.Refuse);

        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        Payloads.Any(p => error.Message.Contains(p[..12], StringComparison.Ordinal)).Should().BeFalse("the message never quotes the data");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RewriteRequest_Forward_ByteIdentical(string protocol, string name, string body, string stripped)
    {
        _ = (name, stripped);

        Rewrite(protocol, Fill(body), MediaHandling.Forward).Should().Be(Fill(body));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RewriteRequest_Strip_PartReplacedRestByteIdentical(string protocol, string name, string body, string stripped)
    {
        _ = name;

        string output = Rewrite(protocol, Fill(body), MediaHandling.Strip);

        output.Should().Be(Fill(stripped));
        Payloads.Any(p => output.Contains(p, StringComparison.Ordinal)).Should().BeFalse("withheld media left");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RewriteRequest_StrippedOutput_PassesEveryMode(string protocol, string name, string body, string stripped)
    {
        _ = (name, body);

        // A client resends the conversation it was answered on: the stripped turn must go through again, unchanged.
        foreach (var media in Enum.GetValues<MediaHandling>())
        {
            Rewrite(protocol, Fill(stripped), media).Should().Be(Fill(stripped));
        }
    }

    private static string In(string template, string part) => template.Replace("PART", part, StringComparison.Ordinal);

    private static string TextPart(string type, string note) => $$"""{"type":"{{type}}","text":"{{note}}"}""";
}
