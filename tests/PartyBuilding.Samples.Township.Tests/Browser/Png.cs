using System.Buffers.Binary;
using System.IO.Compression;

namespace PartyBuilding.Samples.Township.Tests.Browser;

/// <summary>
/// A small PNG reader, enough for chromium's screenshots: 8-bit RGB or RGBA, not interlaced. The pixels are the
/// image data inflated with <see cref="ZLibStream"/> and unfiltered row by row (filters 0–4 of the PNG specification).
/// </summary>
internal sealed class Png
{
    private readonly byte[] pixels;
    private readonly int channels;

    private Png(int width, int height, int channels, byte[] pixels) => (Width, Height, this.channels, this.pixels) = (width, height, channels, pixels);

    public int Width { get; }

    public int Height { get; }

    /// <summary>The colour of one pixel as 0xRRGGBB (alpha ignored).</summary>
    public int Rgb(int x, int y)
    {
        var i = ((y * Width) + x) * channels;
        return (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    }

    public static Png Read(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var body = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.True(body[8] == 8 && body[12] == 0, $"only 8-bit, non-interlaced PNG is read (bit depth {body[8]}, interlace {body[12]})");
                channels = body[9] switch
                {
                    2 => 3,
                    6 => 4,
                    var other => throw new NotSupportedException($"PNG colour type {other}"),
                };
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }
            else if (type == "IEND")
            {
                break;
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        Assert.Equal((stride + 1) * height, raw.Length);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> up = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0, b = up[x], c = x >= channels ? up[x - channels] : 0;
                // Modulo 256, as the specification adds (the build checks arithmetic).
                row[x] = unchecked((byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                }));
            }
        }

        return new Png(width, height, channels, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
