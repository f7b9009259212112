using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Firmware.Tests.Protocol;

public sealed class CobsTests
{
    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var v in GoldenVectors.Root.GetProperty("cobs").EnumerateArray())
            data.Add(v.GetProperty("decoded").GetString()!, v.GetProperty("encoded").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Encode_GoldenVector_MatchesTable(string decodedHex, string encodedHex)
    {
        var decoded = Convert.FromHexString(decodedHex);
        var buffer = new byte[Cobs.MaxEncodedLength(decoded.Length)];

        var written = Cobs.Encode(decoded, buffer);

        Assert.Equal(encodedHex, Convert.ToHexString(buffer, 0, written));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void TryDecode_GoldenVector_GivesDecodedBytes(string decodedHex, string encodedHex)
    {
        var encoded = Convert.FromHexString(encodedHex);
        var buffer = new byte[encoded.Length];

        var ok = Cobs.TryDecode(encoded, buffer, out var written, out _);

        Assert.True(ok);
        Assert.Equal(decodedHex, Convert.ToHexString(buffer, 0, written));
    }

    [Fact]
    public void EncodeThenDecode_EveryLengthUpTo600_RoundTrips()
    {
        var random = new Random(7);
        for (var n = 0; n <= 600; n++)
        {
            var data = new byte[n];
            random.NextBytes(data);
            for (var i = 0; i < n; i += random.Next(1, 300))
                data[i] = 0;
            var encoded = new byte[Cobs.MaxEncodedLength(n)];
            var length = Cobs.Encode(data, encoded);
            var decoded = new byte[length];

            Assert.DoesNotContain((byte)0, encoded.AsSpan(0, length).ToArray());
            Assert.True(Cobs.TryDecode(encoded.AsSpan(0, length), decoded, out var back, out _));
            Assert.Equal(data, decoded.AsSpan(0, back).ToArray());
        }
    }

    [Fact]
    public void TryDecode_ZeroInsideBlock_FailsAtThatByte()
    {
        var ok = Cobs.TryDecode([0x04, 0x11, 0x00, 0x33], new byte[8], out _, out var at);

        Assert.False(ok);
        Assert.Equal(2, at);
    }

    [Fact]
    public void TryDecode_CodeRunsPastEnd_FailsAtTheCode()
    {
        var ok = Cobs.TryDecode([0x02, 0x11, 0x05, 0x22], new byte[8], out _, out var at);

        Assert.False(ok);
        Assert.Equal(2, at);
    }

    [Fact]
    public void Encode_DestinationTooSmall_Throws()
    {
        Assert.Throws<ArgumentException>(() => Cobs.Encode([1, 2, 3], new byte[3]));
    }
}
