using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class ProfileLoaderTests
{
    private static ProfileException Fails(string yaml) =>
        Assert.Throws<ProfileException>(() => ProfileLoader.Parse("test.yaml", yaml));

    [Fact]
    public void Parse_RangeWithScalarNumber_CountsUp()
    {
        var p = ProfileLoader.Parse("t", "name: T\ncontrols:\n  - { fader: 2-4, cc: 10, name: F }\n");

        Assert.Equal([10, 11, 12], p.Controls.Select(c => c.Source.Number));
        Assert.Equal([2, 3, 4], p.Controls.Select(c => c.Number));
        Assert.Equal(["F 1", "F 2", "F 3"], p.Controls.Select(c => c.Name));
    }

    [Fact]
    public void Parse_UnknownKey_PointsAtIt()
    {
        var e = Fails("name: T\ncontrols:\n  - fader: 0\n    cc: 1\n    colour: red\n");

        Assert.Equal((5L, 5L), (e.Line, e.Column));
        Assert.Contains("unknown key 'colour'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadEncoding_NamesTheChoices()
    {
        var e = Fails("name: T\ncontrols:\n  - { knob: 0, cc: 1, encoding: signed }\n");

        Assert.Equal(3, e.Line);
        Assert.Contains("twos-complement, sign-magnitude, offset-64", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoControlsOnOneMessage_IsAnError()
    {
        var e = Fails("name: T\ncontrols:\n  - { fader: 0, cc: 7 }\n  - { button: 0, cc: 7 }\n");

        Assert.Contains("send the same message", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Cc14LsbCollidesWithPlainCc_IsAnError()
    {
        var e = Fails("name: T\ncontrols:\n  - { fader: 0, cc14: 1 }\n  - { button: 0, cc: 33 }\n");

        Assert.Contains("same message", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LitPadAndLitButtonShareANumber_IsAnError()
    {
        var e = Fails("name: T\ncontrols:\n  - { pad: 0, note: 36, led: true }\n  - { button: 0, cc: 20, led: true }\n");

        Assert.Contains("LED 0 belongs to both", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListLengthMismatch_SaysHowMany()
    {
        var e = Fails("name: T\ncontrols:\n  - { knob: 0-2, cc: [1, 2] }\n");

        Assert.Contains("lists 2 numbers for 3 controls", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BindToWrongKind_IsAnError()
    {
        var e = Fails("name: T\ncontrols:\n  - { button: 0, cc: 1, bind: strip.fader }\n");

        Assert.Contains("'strip.fader' needs a fader", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadInitMessage_IsAnError()
    {
        var e = Fails("name: T\ninit: [\"F0 00 20\"]\ncontrols:\n  - { fader: 0, cc: 1 }\n");

        Assert.Equal(2, e.Line);
        Assert.Contains("SysEx ends with F7", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsPosition()
    {
        var e = Fails("name: T\ncontrols: [\n");

        Assert.True(e.Line >= 2);
    }

    [Fact]
    public void BuiltIns_AllLoad()
    {
        Assert.Equal(["launchpad-mini-mk3", "mpd218", "nanokontrol2", "x-touch-mini"], BuiltInProfiles.Names);
    }
}
