using System.Buffers.Binary;
using System.IO.Compression;

namespace Tempo.Soccer.Tests;

/// <summary>A minimal PNG decoder (8-bit RGB/RGBA, not interlaced: what Chromium writes) to assert on screenshot pixels.</summary>
internal sealed class PngImage
{
    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        this.channels = channels;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * channels;
            return (pixels[i], pixels[i + 1], pixels[i + 2]);
        }
    }

    public static PngImage Load(string path)
    {
        var data = File.ReadAllBytes(path);
        if (data.Length < 8 || data[1] != 'P' || data[2] != 'N' || data[3] != 'G')
        {
            throw new InvalidDataException($"{path} is not a PNG");
        }
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        while (offset + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(data, offset + 4, 4);
            var body = data.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                var bitDepth = body[8];
                var colourType = body[9];
                var interlace = body[12];
                if (bitDepth != 8 || interlace != 0 || colourType is not (2 or 6))
                {
                    throw new InvalidDataException($"unsupported PNG (depth {bitDepth}, colour type {colourType}, interlace {interlace})");
                }
                channels = colourType == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(body);
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = (y * (stride + 1)) + 1;
            var dst = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? result[dst + x - bpp] : 0;
                int b = y > 0 ? result[dst - stride + x] : 0;
                int c = x >= bpp && y > 0 ? result[dst - stride + x - bpp] : 0;
                var value = raw[src + x];
                result[dst + x] = filter switch
                {
                    0 => value,
                    1 => (byte)(value + a),
                    2 => (byte)(value + b),
                    3 => (byte)(value + ((a + b) / 2)),
                    4 => (byte)(value + Paeth(a, b, c)),
                    _ => throw new InvalidDataException($"bad PNG filter {filter}"),
                };
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
