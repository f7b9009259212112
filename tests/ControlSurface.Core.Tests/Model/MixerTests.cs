using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class MixerTests
{
    [Fact]
    public void New_Has32StripsAndMaster()
    {
        var mixer = new Mixer();

        Assert.Equal(32, mixer.Strips.Count);
        Assert.Equal(32, mixer.Count);
        Assert.Equal(ModelAddress.Master, mixer.Master.Index);
        Assert.Equal("Master", mixer.Master.Name);
        Assert.Equal("Ch 1", mixer.Strips[0].Name);
        Assert.Equal(31, mixer.Strips[31].Index);
    }

    [Fact]
    public void New_WithStripCount_HasThatMany()
    {
        Assert.Equal(8, new Mixer(8).Strips.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1025)]
    public void New_BadStripCount_Throws(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Mixer(count));
    }

    [Fact]
    public void Get_MasterIndex_GivesMaster()
    {
        var mixer = new Mixer(4);
        Assert.Same(mixer.Master, mixer.Get(ModelAddress.Master));
        Assert.Same(mixer.Master, mixer[-1]);
        Assert.Same(mixer.Strips[2], mixer[2]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-2)]
    public void Get_NoSuchStrip_Throws(int index)
    {
        var mixer = new Mixer(4);
        Assert.Throws<ArgumentOutOfRangeException>(() => mixer.Get(index));
        Assert.False(mixer.TryGet(index, out _));
    }

    [Fact]
    public void TryGet_Existing_ReturnsStrip()
    {
        var mixer = new Mixer(4);
        Assert.True(mixer.TryGet(3, out var strip));
        Assert.Same(mixer.Strips[3], strip);
        Assert.True(mixer.TryGet(-1, out var master));
        Assert.Same(mixer.Master, master);
    }

    [Fact]
    public void AnySolo_FollowsChannelSolos()
    {
        var mixer = new Mixer(4);
        Assert.False(mixer.AnySolo);
        mixer[2].Solo = true;
        Assert.True(mixer.AnySolo);
        mixer[2].Solo = false;
        Assert.False(mixer.AnySolo);
    }

    [Fact]
    public void AnySolo_IgnoresMasterSolo()
    {
        var mixer = new Mixer(4);
        mixer.Master.Solo = true;
        Assert.False(mixer.AnySolo);
        Assert.True(mixer.IsAudible(0));
    }

    [Fact]
    public void Solo_ImplicitlyMutesOthersWithoutTouchingTheirMute()
    {
        var mixer = new Mixer(4);

        mixer[1].Solo = true;

        Assert.True(mixer.IsImplicitlyMuted(0));
        Assert.False(mixer.IsImplicitlyMuted(1));
        Assert.True(mixer.IsImplicitlyMuted(2));
        Assert.False(mixer[0].Mute);
        Assert.False(mixer[2].Mute);
        Assert.False(mixer.IsAudible(0));
        Assert.True(mixer.IsAudible(1));
    }

    [Fact]
    public void Unsolo_RestoresExactlyTheEngineersMutes()
    {
        var mixer = new Mixer(4);
        mixer[2].Mute = true;
        mixer[1].Solo = true;

        mixer[1].Solo = false;

        Assert.True(mixer.IsAudible(0));
        Assert.True(mixer.IsAudible(1));
        Assert.False(mixer.IsAudible(2));
        Assert.True(mixer[2].Mute);
        Assert.False(mixer.IsImplicitlyMuted(2));
    }

    [Fact]
    public void SoloedAndMuted_StaysSilent()
    {
        var mixer = new Mixer(4);
        mixer[0].Solo = true;
        mixer[0].Mute = true;

        Assert.False(mixer.IsImplicitlyMuted(0));
        Assert.False(mixer.IsAudible(0));
        Assert.False(mixer.IsAudible(1));
    }

    [Fact]
    public void SeveralSolos_AreAllHeard()
    {
        var mixer = new Mixer(4);
        mixer[0].Solo = true;
        mixer[3].Solo = true;

        Assert.True(mixer.IsAudible(0));
        Assert.False(mixer.IsAudible(1));
        Assert.False(mixer.IsAudible(2));
        Assert.True(mixer.IsAudible(3));
    }

    [Fact]
    public void Master_IsNeverImplicitlyMuted()
    {
        var mixer = new Mixer(4);
        mixer[0].Solo = true;

        Assert.False(mixer.IsImplicitlyMuted(ModelAddress.Master));
        Assert.True(mixer.IsAudible(ModelAddress.Master));
        mixer.Master.Mute = true;
        Assert.False(mixer.IsAudible(ModelAddress.Master));
    }

    [Fact]
    public void ClearSolo_ClearsEverySolo()
    {
        var mixer = new Mixer(4);
        mixer[0].Solo = true;
        mixer[2].Solo = true;

        Assert.True(mixer.ClearSolo());
        Assert.False(mixer.AnySolo);
        Assert.False(mixer.ClearSolo());
    }

    [Fact]
    public void IsAudible_NoSuchStrip_Throws()
    {
        var mixer = new Mixer(4);
        Assert.Throws<ArgumentOutOfRangeException>(() => mixer.IsAudible(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => mixer.IsImplicitlyMuted(-5));
    }
}
