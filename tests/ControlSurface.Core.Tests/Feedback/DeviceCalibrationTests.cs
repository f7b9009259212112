using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Tests.Feedback;

public sealed class DeviceCalibrationTests
{
    private static readonly DeviceCalibration XTouch = new(16383, 0.75, [new FaderCalibration(0, 15935), new FaderCalibration(120, 16200, 12000, 0.01)]);

    [Fact]
    public void ToModel_RawRange_MapsToFullScale()
    {
        Assert.Equal(0.0, XTouch.ToModel(0, 0));
        Assert.Equal(1.0, XTouch.ToModel(0, 15935 / 16383.0), 9);
    }

    [Fact]
    public void ToModel_ZeroDbMark_LandsOnTheModelsZeroDbPlusTrim()
    {
        Assert.Equal(0.76, XTouch.ToModel(1, 12000 / 16383.0), 9);
        Assert.Equal(0.01, XTouch.ToModel(1, 120 / 16383.0), 9);
    }

    [Fact]
    public void ToDevice_IsTheInverseOfToModel()
    {
        for (var m = 0.02; m < 0.99; m += 0.01)
        {
            Assert.Equal(m, XTouch.ToModel(1, XTouch.ToDevice(1, m)), 9);
            Assert.Equal(m, XTouch.ToModel(0, XTouch.ToDevice(0, m)), 9);
        }
    }

    [Fact]
    public void ProfileText_RoundTrips()
    {
        var text = XTouch.ToProfileText();

        var parsed = DeviceCalibration.Parse(text);

        Assert.Equal(text, parsed.ToProfileText());
        Assert.Equal(XTouch[1], parsed[1]);
    }

    [Fact]
    public void Parse_BadNumber_NamesTheOffset()
    {
        var e = Assert.Throws<CalibrationFormatException>(() => DeviceCalibration.Parse("fullscale 1023; fader 0 5 x1000"));

        Assert.Contains("'x1000'", e.Message);
        Assert.Contains("offset 16", e.Message);
        Assert.Equal(16, e.Offset);
    }

    [Fact]
    public void Parse_OneClausePerLineWithComments_ReadsLikeTheOneLineForm()
    {
        const string file = "# X-Touch, serial 1234\nfullscale 16383\nzerodb 0.75   # Ardour's 0 dB\n\nfader 0 0 15935 12000\nfader 1 12 15900 11950 0.004\n";

        var parsed = DeviceCalibration.Parse(file);

        Assert.Equal(DeviceCalibration.Parse("fullscale 16383; zerodb 0.75; fader 0 0 15935 12000; fader 1 12 15900 11950 0.004").ToProfileText(), parsed.ToProfileText());
    }

    [Fact]
    public void Parse_MistakeOnTheThirdLine_OffsetPointsIntoIt()
    {
        const string file = "fullscale 1023\nfader 0 0 1023\n  fader 1 0 10x\n";

        var e = Assert.Throws<CalibrationFormatException>(() => DeviceCalibration.Parse(file));

        Assert.Equal(file.IndexOf("fader 1", StringComparison.Ordinal), e.Offset);
    }

    [Fact]
    public void Parse_EmptyRange_IsAFormatError()
    {
        var e = Assert.Throws<CalibrationFormatException>(() => DeviceCalibration.Parse("fullscale 1023; fader 0 900 100"));

        Assert.Contains("fader 0", e.Message);
    }

    [Fact]
    public void Stage_WithCalibration_TopStopIsFullScaleBothWays()
    {
        var h = new StageHarness(layout: StageHarness.MotorBoard with { Faders = 2 }, calibration: XTouch);
        h.Grab(0);
        h.MoveTo(0, 0.5);

        var moved = h.MoveTo(0, 15935 / 16383.0);
        h.Release(0);
        h.Advance(500);
        h.FromDaw(0, 0.25);
        h.Advance(500);

        Assert.Equal(1.0, moved!.Value, 9);
        Assert.Equal(XTouch.ToDevice(0, 0.25), h.Sink.LastTarget(0)!.Value, 9);
    }
}
