using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Midi.Tests.Ports.Jack;

[Collection(JackCollection.Name)]
public sealed class MidiPortListerTests : IDisposable
{
    private readonly JackServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task JackPorts_ListsARegisteredPortWithItsDirection()
    {
        Assert.SkipUnless(_server.Available, JackServer.SkipReason);
        await using var client = JackMidiClient.Start("cs-lister", new JackClientOptions(_server.Name));
        var port = client.AddPort("mcu");
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ConnectionChanged += c => { if (c) up.TrySetResult(); };
        if (!port.IsConnected)
            await up.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        var ports = MidiPortLister.JackPorts(_server.Name, out var status);

        Assert.Equal("running", status);
        Assert.Contains(new MidiPortInfo("jack", "cs-lister:mcu in", "in", "software port of cs-lister"), ports);
        Assert.Contains(ports, p => p.Name == "cs-lister:mcu out" && p.Direction == "out");
    }

    [Fact]
    public void JackPorts_NoServer_SaysSo()
    {
        var ports = MidiPortLister.JackPorts("cs-no-such-server", out var status);

        Assert.Empty(ports);
        Assert.Equal("no JACK server running", status);
    }

    [Fact]
    public void RawMidiDevices_ReadsCardNamesFromProc()
    {
        var root = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "snd"));
            File.WriteAllText(Path.Combine(root.FullName, "snd", "midiC1D0"), "");
            Directory.CreateDirectory(Path.Combine(root.FullName, "proc", "card1"));
            File.WriteAllText(Path.Combine(root.FullName, "proc", "card1", "midi0"), "nanoKONTROL2\n\nOutput 0\n");

            var devices = MidiPortLister.RawMidiDevices(Path.Combine(root.FullName, "snd"), Path.Combine(root.FullName, "proc"));

            Assert.Equal([new MidiPortInfo("rawmidi", Path.Combine(root.FullName, "snd", "midiC1D0"), "duplex", "hw:1,0 nanoKONTROL2")], devices);
        }
        finally
        {
            root.Delete(true);
        }
    }
}
