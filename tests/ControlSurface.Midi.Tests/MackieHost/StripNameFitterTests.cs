using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Midi.Tests.MackieHost;

public sealed class StripNameFitterTests
{
    [Theory]
    [InlineData("Kick In", "Kick In")]          // fits as it is
    [InlineData("Kick", "Kick")]
    [InlineData("Snare Top", "SnareTp")]
    [InlineData("Overhead L", "OverhdL")]
    [InlineData("Bass DI 2", "BassDI2")]
    [InlineData("Lead Vocal Double", "LdVclDb")]
    [InlineData("Gtr Rhythm Left", "GtrRhLf")]
    [InlineData("Backing Vox 3", "BcknVx3")]
    [InlineData("Béla's Cello", "BelsClo")]
    [InlineData("Room Mics Stereo", "RmMcsSt")]
    [InlineData("Tom 10", "Tom 10")]
    [InlineData("Synth Pad 12", "SynPd12")]
    [InlineData("kick sub", "KickSub")]
    [InlineData("Ölçü Çello", "OlcuClo")]
    [InlineData("1234567890", "1234567")]
    public void Fit_RealTrackNames_ReadablyIntoSeven(string name, string expected)
    {
        var fitted = StripNameFitter.Fit(name);

        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= 7);
    }

    [Fact]
    public void Fit_DigitsAreNeverDropped()
    {
        Assert.EndsWith("24", StripNameFitter.Fit("Background Harmony 24"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_KeepsTheStartOfTheName()
    {
        Assert.StartsWith("L", StripNameFitter.Fit("Lead Vocal Double"), StringComparison.Ordinal);
        Assert.StartsWith("Gtr", StripNameFitter.Fit("Gtr Rhythm Left"), StringComparison.Ordinal);
    }

    [Fact]
    public void Transliterate_AccentsToBaseLetters_DropsWhatTheLcdCannotShow()
    {
        Assert.Equal("Bela's Cello Strasse", McuCharacters.Transliterate("Béla’s Cello Straße"));
        Assert.Equal("Vox ", McuCharacters.Transliterate("Vox 🎤"));
        Assert.Equal("Zolw", McuCharacters.Transliterate("Żółw"));
    }
}
