using System.Buffers;
using System.Text;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>Runs response transformers over inputs split into given chunks.</summary>
internal static class Transform
{
    public static byte[] Run(IResponseTransformer transformer, byte[] input, IEnumerable<int>? chunkSizes = null)
    {
        var output = new ArrayBufferWriter<byte>();
        int offset = 0;
        foreach (int size in chunkSizes ?? [])
        {
            if (offset >= input.Length)
            {
                break;
            }

            int take = Math.Min(size, input.Length - offset);
            transformer.Transform(input.AsSpan(offset, take), output);
            offset += take;
        }

        transformer.Transform(input.AsSpan(offset), output);
        transformer.Complete(output);
        return output.WrittenSpan.ToArray();
    }

    public static string RunText(IWireProtocol protocol, string mediaType, ITextRestorer restorer, byte[] input, IEnumerable<int>? chunks = null) =>
        Encoding.UTF8.GetString(Run(protocol.CreateResponseTransformer(mediaType, restorer), input, chunks));
}
