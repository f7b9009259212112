using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class BarsBeatsTicksTests
{
    private static readonly TimeSignature FourFour = new(4, 4);
    private static readonly TimeSignature SixEight = new(6, 8);

    [Theory]
    [InlineData(0, "001|01|0000")]
    [InlineData(12000, "001|01|0960")]
    [InlineData(23999, "001|01|1919")]
    [InlineData(24000, "001|02|0000")]
    [InlineData(72000, "001|04|0000")]
    [InlineData(96000, "002|01|0000")]
    [InlineData(96000 * 99 + 25, "100|01|0002")]
    public void FromSamples_FourFourAt120_HalfSecondBeats(long samples, string expected)
    {
        Assert.Equal(expected, BarsBeatsTicks.FromSamples(samples, 48000, 120.0, FourFour).ToString());
    }

    [Theory]
    [InlineData(0, "001|01|0000")]
    [InlineData(12000, "001|02|0000")] // an eighth at quarter = 120 is 0.25 s
    [InlineData(60000, "001|06|0000")]
    [InlineData(71999, "001|06|1919")]
    [InlineData(72000, "002|01|0000")] // six eighths to the bar
    [InlineData(78000, "002|01|0960")]
    public void FromSamples_SixEightAt120_EighthNoteBeats(long samples, string expected)
    {
        Assert.Equal(expected, BarsBeatsTicks.FromSamples(samples, 48000, 120.0, SixEight).ToString());
    }

    [Fact]
    public void FromSamples_ThreeFourAt90At44100_CountsThreeBeatsToTheBar()
    {
        // A quarter at 90 is 2/3 s = 29400 samples; a bar of 3/4 is 88200.
        var bbt = BarsBeatsTicks.FromSamples(88200 + 29400, 44100, 90.0, new TimeSignature(3, 4));
        Assert.Equal(new BarsBeatsTicks(2, 2, 0), bbt);
    }

    [Fact]
    public void FromSamples_OtherTicksPerBeat_Scales()
    {
        var bbt = BarsBeatsTicks.FromSamples(12000, 48000, 120.0, FourFour, ticksPerBeat: 480);
        Assert.Equal(new BarsBeatsTicks(1, 1, 240), bbt);
    }

    [Fact]
    public void FromSamples_FractionalTempo_LandsOnBeats()
    {
        // At 93.75 a quarter lasts 0.64 s = 30720 samples.
        Assert.Equal("001|02|0000", BarsBeatsTicks.FromSamples(30720, 48000, 93.75, FourFour).ToString());
        Assert.Equal("001|01|1919", BarsBeatsTicks.FromSamples(30719, 48000, 93.75, FourFour).ToString());
    }

    [Theory]
    [InlineData(48000, 120.0, 4, 4)]
    [InlineData(44100, 97.3, 6, 8)]
    [InlineData(96000, 140.0, 7, 8)]
    [InlineData(44100, 60.0, 5, 4)]
    public void ToSamples_IsTheFirstSampleOfThePosition(int sampleRate, double tempo, int beats, int unit)
    {
        var meter = new TimeSignature(beats, unit);
        for (long samples = 0; samples < 2_000_000; samples += 7919)
        {
            var bbt = BarsBeatsTicks.FromSamples(samples, sampleRate, tempo, meter);
            var first = bbt.ToSamples(sampleRate, tempo, meter);
            Assert.True(first <= samples);
            Assert.Equal(bbt, BarsBeatsTicks.FromSamples(first, sampleRate, tempo, meter));
            if (first > 0)
            {
                Assert.NotEqual(bbt, BarsBeatsTicks.FromSamples(first - 1, sampleRate, tempo, meter));
            }
        }
    }

    [Fact]
    public void ToString_WidensPastBar999()
    {
        Assert.Equal("1000|01|0000", new BarsBeatsTicks(1000, 1, 0).ToString());
    }

    [Fact]
    public void FromSamples_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BarsBeatsTicks.FromSamples(-1, 48000, 120, FourFour));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarsBeatsTicks.FromSamples(0, 0, 120, FourFour));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarsBeatsTicks.FromSamples(0, 48000, 0, FourFour));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarsBeatsTicks.FromSamples(0, 48000, double.NaN, FourFour));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarsBeatsTicks.FromSamples(0, 48000, 120, new TimeSignature(4, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarsBeatsTicks.FromSamples(0, 48000, 120, FourFour, 0));
    }
}
