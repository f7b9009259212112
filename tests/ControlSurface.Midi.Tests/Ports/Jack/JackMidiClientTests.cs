using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Midi.Tests.Ports.Jack;

[Collection(JackCollection.Name)]
public sealed class JackMidiClientTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly JackServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Send_ToConnectedPort_ArrivesAsSameBytes()
    {
        Assert.SkipUnless(_server.Available, JackServer.SkipReason);
        var options = new JackClientOptions(_server.Name);
        await using var client = JackMidiClient.Start("cs-a", options);
        var portA = client.AddPort("one");
        var portB = client.AddPort("two", connectInputFrom: "cs-a:one out", connectOutputTo: "cs-a:one in");
        await WaitUntilAsync(client, () => portB.HasInputConnection && portB.HasOutputConnection);

        byte[] messages = [0xE0, 0x10, 0x4E, 0x90, 0x68, 0x7F, 0xF0, 0x00, 0x00, 0x66, 0x14, 0x00, 0xF7];
        Assert.True(portA.Send(messages));
        var received = await ReadAsync(portB, messages.Length);

        Assert.Equal(messages, received);
    }

    [Fact]
    public async Task ServerRestart_ClientReconnects_AndBytesFlowAgain()
    {
        Assert.SkipUnless(_server.Available, JackServer.SkipReason);
        var options = new JackClientOptions(_server.Name, TimeSpan.FromMilliseconds(100));
        await using var a = JackMidiClient.Start("cs-ra", options);
        var portA = a.AddPort("p");
        var portB = a.AddPort("q", connectInputFrom: "cs-ra:p out");
        await WaitUntilAsync(a, () => portB.HasInputConnection);
        var down = WaitForAsync(a, false);

        _server.Stop();
        await down.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        var up = WaitForAsync(a, true);
        _server.Start();
        await up.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        await WaitUntilAsync(a, () => portB.HasInputConnection);
        byte[] message = [0xB0, 0x10, 0x41];
        Assert.True(portA.Send(message));

        Assert.Equal(message, await ReadAsync(portB, 3));
        Assert.True(a.Opens >= 2);
    }

    private static Task WaitForAsync(JackMidiClient client, bool connected)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.ConnectionChanged += up =>
        {
            if (up == connected)
                tcs.TrySetResult();
        };
        return tcs.Task;
    }

    // Re-checks the condition on every graph notification of the client that makes the connections.
    private static async Task WaitUntilAsync(JackMidiClient client, Func<bool> condition)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition())
                tcs.TrySetResult();
        }
        client.GraphChanged += Check;
        client.ConnectionChanged += _ => Check();
        Check();
        try
        {
            await tcs.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        }
        finally
        {
            client.GraphChanged -= Check;
        }
    }

    private static async Task<byte[]> ReadAsync(JackMidiPort port, int count)
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[count];
        var n = 0;
        while (n < count)
            n += await port.ReceiveAsync(buffer.AsMemory(n), cts.Token);
        return buffer;
    }
}
