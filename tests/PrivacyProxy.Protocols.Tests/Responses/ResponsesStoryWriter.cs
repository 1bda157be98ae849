using System.Text;
using System.Text.Json.Nodes;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>Writes a <see cref="Story"/> as the Responses stream an upstream would send, sequence numbers from 0.</summary>
internal static class ResponsesStoryWriter
{
    public static string Write(Story story)
    {
        var output = new StringBuilder();
        int sequence = 0;
        void Add(string type, JsonObject data)
        {
            var full = new JsonObject { ["type"] = type, ["sequence_number"] = sequence++ };
            foreach (var (name, value) in data)
            {
                full[name] = value?.DeepClone();
            }

            output.Append("event: ").Append(type).Append('\n').Append("data: ").Append(full.ToJsonString()).Append("\n\n");
        }

        JsonObject At(string item, int outputIndex, string? indexName, string field, string text)
        {
            var data = new JsonObject { ["item_id"] = item, ["output_index"] = outputIndex };
            if (indexName is not null)
            {
                data[indexName] = 0;
            }

            data[field] = text;
            return data;
        }

        var (reasoning, summary, message, call) = (story.Texts[0], story.Texts[1], story.Texts[2], story.Texts[3]);
        var reasoningItem = new JsonObject
        {
            ["id"] = "rs_1", ["type"] = "reasoning",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "reasoning_text", ["text"] = reasoning }),
            ["summary"] = new JsonArray(new JsonObject { ["type"] = "summary_text", ["text"] = summary }),
        };
        var messageItem = new JsonObject
        {
            ["id"] = "msg_1", ["type"] = "message", ["role"] = "assistant",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = message, ["annotations"] = new JsonArray() }),
        };
        var callItem = new JsonObject { ["id"] = "fc_1", ["type"] = "function_call", ["call_id"] = "c", ["name"] = "f", ["arguments"] = call };

        Add("response.created", new JsonObject { ["response"] = new JsonObject { ["id"] = "r", ["status"] = "in_progress", ["output"] = new JsonArray() } });
        Add("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = new JsonObject { ["id"] = "rs_1", ["type"] = "reasoning" } });
        foreach (var fragment in story.Fragments(0))
        {
            Add("response.reasoning_text.delta", At("rs_1", 0, "content_index", "delta", fragment));
        }

        if (story.TextDone)
        {
            Add("response.reasoning_text.done", At("rs_1", 0, "content_index", "text", reasoning));
        }

        foreach (var fragment in story.Fragments(1))
        {
            Add("response.reasoning_summary_text.delta", At("rs_1", 0, "summary_index", "delta", fragment));
        }

        if (story.TextDone)
        {
            Add("response.reasoning_summary_text.done", At("rs_1", 0, "summary_index", "text", summary));
        }

        if (story.PartDone)
        {
            var part = At("rs_1", 0, "summary_index", "part", string.Empty);
            part["part"] = new JsonObject { ["type"] = "summary_text", ["text"] = summary };
            Add("response.reasoning_summary_part.done", part);
        }

        if (story.ItemDone)
        {
            Add("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = reasoningItem });
        }

        Add("response.output_item.added", new JsonObject { ["output_index"] = 1, ["item"] = new JsonObject { ["id"] = "msg_1", ["type"] = "message" } });
        Add("response.output_item.added", new JsonObject { ["output_index"] = 2, ["item"] = new JsonObject { ["id"] = "fc_1", ["type"] = "function_call", ["name"] = "f", ["arguments"] = string.Empty } });
        var text = story.Fragments(2);
        var arguments = story.Fragments(3);
        int it = 0, ia = 0, step = 0;
        while (it < text.Count || ia < arguments.Count)
        {
            if (ia >= arguments.Count || (it < text.Count && story.Order[step++ % story.Order.Length]))
            {
                Add("response.output_text.delta", At("msg_1", 1, "content_index", "delta", text[it++]));
            }
            else
            {
                Add("response.function_call_arguments.delta", At("fc_1", 2, null, "delta", arguments[ia++]));
            }
        }

        if (story.TextDone)
        {
            Add("response.output_text.done", At("msg_1", 1, "content_index", "text", message));
        }

        if (story.PartDone)
        {
            var part = At("msg_1", 1, "content_index", "part", string.Empty);
            part["part"] = messageItem["content"]![0]!.DeepClone();
            Add("response.content_part.done", part);
        }

        if (story.ItemDone)
        {
            Add("response.output_item.done", new JsonObject { ["output_index"] = 1, ["item"] = messageItem });
        }

        if (story.TextDone)
        {
            Add("response.function_call_arguments.done", At("fc_1", 2, null, "arguments", call));
        }

        if (story.ItemDone)
        {
            Add("response.output_item.done", new JsonObject { ["output_index"] = 2, ["item"] = callItem });
        }

        Add("response.completed", new JsonObject
        {
            ["response"] = new JsonObject { ["id"] = "r", ["status"] = "completed", ["output"] = new JsonArray(reasoningItem.DeepClone(), messageItem.DeepClone(), callItem.DeepClone()) },
        });
        return output.ToString();
    }
}
