using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class TimecodeTests
{
    [Fact]
    public void FromSamples_Zero_IsAllZeros()
    {
        Assert.Equal("00:00:00:00", Timecode.FromSamples(0, 48000, TimecodeRate.Fps25).ToString());
        Assert.Equal("00:00:00;00", Timecode.FromSamples(0, 48000, TimecodeRate.Fps2997DropFrame).ToString());
    }

    [Theory]
    [InlineData(TimecodeRate.Fps24, 3661L * 48000 + (12 * 2000), "01:01:01:12")]
    [InlineData(TimecodeRate.Fps24, 2000 - 1, "00:00:00:00")]
    [InlineData(TimecodeRate.Fps24, 48000 - 1, "00:00:00:23")]
    [InlineData(TimecodeRate.Fps25, 1920, "00:00:00:01")]
    [InlineData(TimecodeRate.Fps25, 48000 - 1, "00:00:00:24")]
    [InlineData(TimecodeRate.Fps25, 3599L * 48000 + (24 * 1920), "00:59:59:24")]
    [InlineData(TimecodeRate.Fps30, 1600, "00:00:00:01")]
    [InlineData(TimecodeRate.Fps30, 48000 - 1, "00:00:00:29")]
    [InlineData(TimecodeRate.Fps30, 600L * 48000, "00:10:00:00")]
    public void FromSamples_NonDrop_CountsWholeFrames(TimecodeRate rate, long samples, string expected)
    {
        Assert.Equal(expected, Timecode.FromSamples(samples, 48000, rate).ToString());
    }

    [Theory]
    [InlineData(1799, "00:00:59;29")]
    [InlineData(1800, "00:01:00;02")] // ;00 and ;01 skipped at minute 1
    [InlineData(1801, "00:01:00;03")]
    [InlineData(3597, "00:01:59;29")]
    [InlineData(3598, "00:02:00;02")]
    [InlineData(16183, "00:08:59;29")]
    [InlineData(16184, "00:09:00;02")] // 1800 + 8 × 1798
    [InlineData(17981, "00:09:59;29")]
    [InlineData(17982, "00:10:00;00")] // every tenth minute keeps ;00
    [InlineData(17983, "00:10:00;01")]
    [InlineData(19781, "00:10:59;29")]
    [InlineData(19782, "00:11:00;02")]
    [InlineData(107892, "01:00:00;00")]
    [InlineData(2589407, "23:59:59;29")]
    [InlineData(2589408, "00:00:00;00")] // wraps at 24 hours
    public void FromFrameCount_DropFrame_SkipsTwoLabelsEachMinuteButTheTenth(long frames, string expected)
    {
        Assert.Equal(expected, Timecode.FromFrameCount(frames, TimecodeRate.Fps2997DropFrame).ToString());
    }

    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    [InlineData(96000)]
    public void FromSamples_DropFrame_AgreesWithFrameCount(int sampleRate)
    {
        // A frame at 29.97 lasts sampleRate × 1001 / 30000 samples.
        foreach (var frame in new long[] { 1799, 1800, 17981, 17982, 107892 })
        {
            var firstSample = (long)Math.Ceiling(frame * (double)sampleRate * 1001 / 30000);
            var expected = Timecode.FromFrameCount(frame, TimecodeRate.Fps2997DropFrame);
            var before = Timecode.FromFrameCount(frame - 1, TimecodeRate.Fps2997DropFrame);

            Assert.Equal(expected, Timecode.FromSamples(firstSample, sampleRate, TimecodeRate.Fps2997DropFrame));
            Assert.Equal(before, Timecode.FromSamples(firstSample - 1, sampleRate, TimecodeRate.Fps2997DropFrame));
        }
    }

    [Fact]
    public void FromSamples_DropFrame_TenMinutesOfSamplesIsExactlyTenMinutes()
    {
        // 17982 frames × 1601.6 samples = 28,799,971.2: the label reaches 00:10:00;00 one sample later.
        Assert.Equal("00:09:59;29", Timecode.FromSamples(28_799_971, 48000, TimecodeRate.Fps2997DropFrame).ToString());
        Assert.Equal("00:10:00;00", Timecode.FromSamples(28_799_972, 48000, TimecodeRate.Fps2997DropFrame).ToString());
    }

    [Fact]
    public void FromSamples_DropFrame_KeepsUpWithTheWallClockOverAnHour()
    {
        // 107892 frames of 1601.6 samples end at 172,799,827.2, just before one hour of samples (172,800,000).
        var hour = Timecode.FromSamples(3600L * 48000, 48000, TimecodeRate.Fps2997DropFrame);
        Assert.Equal("01:00:00;00", hour.ToString());
    }

    [Fact]
    public void FromFrameCount_DropFrame_LabelsAreConsecutiveAndRoundTrip()
    {
        var previous = Timecode.FromFrameCount(0, TimecodeRate.Fps2997DropFrame);
        for (long frame = 1; frame <= 40_000; frame++)
        {
            var tc = Timecode.FromFrameCount(frame, TimecodeRate.Fps2997DropFrame);
            Assert.True(tc.IsValid, tc.ToString());
            Assert.Equal(frame, tc.ToFrameCount());
            Assert.Equal(NextLabel(previous), tc);
            previous = tc;
        }
    }

    [Theory]
    [InlineData(TimecodeRate.Fps24)]
    [InlineData(TimecodeRate.Fps25)]
    [InlineData(TimecodeRate.Fps30)]
    public void FromFrameCount_NonDrop_LabelsAreConsecutiveAndRoundTrip(TimecodeRate rate)
    {
        var previous = Timecode.FromFrameCount(0, rate);
        for (long frame = 1; frame <= 40_000; frame++)
        {
            var tc = Timecode.FromFrameCount(frame, rate);
            Assert.Equal(frame, tc.ToFrameCount());
            Assert.Equal(NextLabel(previous), tc);
            previous = tc;
        }
    }

    [Theory]
    [InlineData(TimecodeRate.Fps24, 2073600)]
    [InlineData(TimecodeRate.Fps25, 2160000)]
    [InlineData(TimecodeRate.Fps30, 2592000)]
    [InlineData(TimecodeRate.Fps2997DropFrame, 2589408)]
    public void FromFrameCount_WrapsAfter24Hours(TimecodeRate rate, long framesPerDay)
    {
        Assert.Equal(framesPerDay, rate.FramesPerDay());
        Assert.Equal(Timecode.FromFrameCount(5, rate), Timecode.FromFrameCount(framesPerDay + 5, rate));
        Assert.Equal(23, Timecode.FromFrameCount(framesPerDay - 1, rate).Hours);
    }

    [Theory]
    [InlineData(TimecodeRate.Fps24, 48000)]
    [InlineData(TimecodeRate.Fps25, 44100)]
    [InlineData(TimecodeRate.Fps30, 96000)]
    [InlineData(TimecodeRate.Fps2997DropFrame, 48000)]
    [InlineData(TimecodeRate.Fps2997DropFrame, 44100)]
    public void ToSamples_IsTheFirstSampleOfTheFrame(TimecodeRate rate, int sampleRate)
    {
        for (long frame = 1; frame < 40_000; frame += 37)
        {
            var tc = Timecode.FromFrameCount(frame, rate);
            var first = tc.ToSamples(sampleRate);
            Assert.Equal(tc, Timecode.FromSamples(first, sampleRate, rate));
            Assert.NotEqual(tc, Timecode.FromSamples(first - 1, sampleRate, rate));
        }
    }

    [Theory]
    [InlineData("00:01:00;00")]
    [InlineData("00:01:00;01")]
    [InlineData("01:59:00;01")]
    public void IsValid_DroppedLabel_IsFalse(string text)
    {
        Assert.False(Timecode.TryParse(text, TimecodeRate.Fps2997DropFrame, out _));
        var tc = new Timecode(int.Parse(text[0..2]), int.Parse(text[3..5]), 0, int.Parse(text[9..11]), TimecodeRate.Fps2997DropFrame);
        Assert.False(tc.IsValid);
        Assert.Throws<InvalidOperationException>(() => tc.ToFrameCount());
    }

    [Theory]
    [InlineData("00:10:00;00", TimecodeRate.Fps2997DropFrame, 17982)]
    [InlineData("00:01:00;02", TimecodeRate.Fps2997DropFrame, 1800)]
    [InlineData("00:01:00:00", TimecodeRate.Fps25, 1500)]
    [InlineData("00:01:00.00", TimecodeRate.Fps24, 1440)]
    [InlineData("23:59:59:29", TimecodeRate.Fps30, 2591999)]
    public void TryParse_ValidLabel_GivesTheFrame(string text, TimecodeRate rate, long frames)
    {
        Assert.True(Timecode.TryParse(text, rate, out var tc));
        Assert.Equal(frames, tc.ToFrameCount());
    }

    [Theory]
    [InlineData("00:00:00:25", TimecodeRate.Fps25)]
    [InlineData("00:00:00:24", TimecodeRate.Fps24)]
    [InlineData("24:00:00:00", TimecodeRate.Fps30)]
    [InlineData("00:60:00:00", TimecodeRate.Fps30)]
    [InlineData("0:00:00:00", TimecodeRate.Fps30)]
    [InlineData("00-00-00-00", TimecodeRate.Fps30)]
    [InlineData("00:0a:00:00", TimecodeRate.Fps30)]
    public void TryParse_BadLabel_Fails(string text, TimecodeRate rate)
    {
        Assert.False(Timecode.TryParse(text, rate, out _));
    }

    [Fact]
    public void FromSamples_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Timecode.FromSamples(-1, 48000, TimecodeRate.Fps25));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timecode.FromSamples(0, 0, TimecodeRate.Fps25));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timecode.FromFrameCount(-1, TimecodeRate.Fps25));
    }

    [Fact]
    public void FromSamples_HugePosition_DoesNotOverflow()
    {
        var tc = Timecode.FromSamples(long.MaxValue, 48000, TimecodeRate.Fps2997DropFrame);
        Assert.True(tc.IsValid);
    }

    [Fact]
    public void Rates_KnowTheirFacts()
    {
        Assert.Equal((30000, 1001), TimecodeRate.Fps2997DropFrame.ExactFps());
        Assert.Equal((24, 1), TimecodeRate.Fps24.ExactFps());
        Assert.True(TimecodeRate.Fps2997DropFrame.IsDropFrame());
        Assert.False(TimecodeRate.Fps30.IsDropFrame());
        Assert.Equal("29.97df", TimecodeRate.Fps2997DropFrame.Label());
        Assert.Equal("25", TimecodeRate.Fps25.Label());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((TimecodeRate)99).NominalFps());
    }

    private static Timecode NextLabel(Timecode tc)
    {
        var fps = tc.Rate.NominalFps();
        var (h, m, s, f) = (tc.Hours, tc.Minutes, tc.Seconds, tc.Frames + 1);
        if (f == fps)
        {
            (f, s) = (0, s + 1);
        }

        if (s == 60)
        {
            (s, m) = (0, m + 1);
        }

        if (m == 60)
        {
            (m, h) = (0, h + 1);
        }

        if (tc.Rate.IsDropFrame() && s == 0 && f == 0 && m % 10 != 0)
        {
            f = 2;
        }

        return new Timecode(h, m, s, f, tc.Rate);
    }
}
