using ControlSurface.Host.Config;
using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Host.Midi;

/// <summary>`kind: mackie-surface`: a Mackie-protocol unit (MCU, X-Touch, extenders, Logic Control) driven by the bridge as its host.</summary>
/// <remarks>
/// Settings: <c>device</c> (mcu, mcu-xt, x-touch, x-touch-xt, logic-control; default mcu), <c>port</c> (a rawmidi
/// or serial MIDI device path) with <c>baud</c>, or <c>jack:</c> (<c>from</c>, <c>to</c>, <c>client</c>, <c>server</c>),
/// <c>valueHoldMs</c> (how long a moved fader's dB stays on the bottom line, default 1500).
/// </remarks>
internal sealed class MackieSurfaceKind : IComponentKind
{
    public string Kind => "mackie-surface";

    public string Role => "surface";

    public string Description => "a Mackie Control unit as an input surface (motor faders, LEDs, scribble strips); device: mcu|mcu-xt|x-touch|x-touch-xt|logic-control, port: PATH, baud: N, or jack: {from, to, client, server}; valueHoldMs: N";

    public object Parse(ConfigNode node)
    {
        var device = (node.String("device") ?? "mcu") switch
        {
            "mcu" => MackieSurfaceOptions.Mcu,
            "mcu-xt" => MackieSurfaceOptions.McuExtender,
            "x-touch" => MackieSurfaceOptions.XTouch,
            "x-touch-xt" => MackieSurfaceOptions.XTouchExtender,
            "logic-control" => MackieSurfaceOptions.LogicControl,
            var other => throw node.ErrorAtKey("device", $"device must be mcu, mcu-xt, x-touch, x-touch-xt or logic-control, not '{other}'"),
        };
        device = device with { ValueHold = TimeSpan.FromMilliseconds(node.Int("valueHoldMs", 1500, 0, 60_000)) };
        var jack = MidiPortOpener.ParseJack(node);
        var port = node.String("port") ?? "";
        if (jack is null && port.Length == 0)
            throw node.Error("a mackie-surface needs 'port:' (e.g. /dev/snd/midiC1D0) or 'jack:' (JACK ports)");
        return new MackieSurfaceSettings(device, port, node.Int("baud", 31250, 300, 4_000_000), jack);
    }

    public IBridgeComponent Create(string name, object settings, BridgeContext context) =>
        new MackieSurfaceComponent(context, name, (MackieSurfaceSettings)settings);
}
