using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Responses;

/// <summary>Responses request bodies (Codex's protocol) with planted values in every field a client can fill.</summary>
internal static class ResponsesRequests
{
    /// <summary>The text of the last user item of <see cref="EveryField"/> (what the fake upstream echoes).</summary>
    public static string LastUserText => "again " + Planted.Sentence;

    /// <summary>
    /// Instructions, user, metadata, prompt cache key, function and custom tools, a developer message, user input
    /// text, a reasoning summary (with opaque encrypted content), an assistant output text, a function call and its
    /// output, a custom tool call (apply_patch) and its output, and the last user message.
    /// </summary>
    public static object EveryField(string model = FakeReplies.DefaultModel, bool stream = false) => new Dictionary<string, object>
    {
        ["model"] = model,
        ["stream"] = stream,
        ["instructions"] = "Operator " + Planted.Email + " key " + Planted.AwsKey,
        ["user"] = Planted.Email,
        ["metadata"] = new { ticket = "card " + Planted.Card },
        ["prompt_cache_key"] = "session of " + Planted.Email,
        ["reasoning"] = new { effort = "high", summary = "auto" },
        ["tools"] = new object[]
        {
            new
            {
                type = "function",
                name = "lookup",
                description = "Finds customers like " + Planted.Email,
                parameters = new { type = "object", properties = new { q = new { type = "string", description = "e.g. " + Planted.Ssn } } },
            },
            new { type = "custom", name = "apply_patch", description = "Patches files on " + Planted.Ip },
        },
        ["input"] = new object[]
        {
            new { role = "developer", content = "dev note " + Planted.AwsKey },
            new { type = "message", role = "user", content = new object[] { new { type = "input_text", text = "first " + Planted.Sentence } } },
            new { type = "reasoning", id = "rs_prev", summary = new object[] { new { type = "summary_text", text = "thought " + Planted.Sentence } }, encrypted_content = "gAAAAopaque-ciphertext" },
            new { type = "message", role = "assistant", id = "msg_prev", status = "completed", content = new object[] { new { type = "output_text", text = "answer " + Planted.Card, annotations = Array.Empty<object>() } } },
            new { type = "function_call", id = "fc_prev", call_id = "call_prev", name = "lookup", arguments = JsonSerializer.Serialize(new { q = Planted.Sentence }) },
            new { type = "function_call_output", call_id = "call_prev", output = "row SSN " + Planted.Ssn + " from " + Planted.Ip },
            new { type = "custom_tool_call", call_id = "call_patch", name = "apply_patch", input = "*** Begin Patch\n+key = " + Planted.AwsKey + "\n*** End Patch" },
            new { type = "custom_tool_call_output", call_id = "call_patch", output = "applied for " + Planted.Email },
            new { role = "user", content = new object[] { new { type = "input_text", text = LastUserText } } },
        },
    };
}
