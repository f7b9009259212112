using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Mackie;

/// <summary>Turns parsed MIDI messages and SysEx into <see cref="MackieMessage"/>s. Pure functions, no allocation.</summary>
/// <remarks>Accepts both directions (surface to host and host to surface); the caller knows which it listens to.
/// 7-segment CCs are accepted on channel 1 and channel 16, as some hosts use either.</remarks>
public static class MackieDecoder
{
    /// <summary>Decodes a short message (running status already resolved by the parser).</summary>
    public static MackieMessage Decode(in MidiMessage message)
    {
        var status = message.Status;
        var channel = status & 0x0F;
        switch (status & 0xF0)
        {
            case 0xE0 when channel <= 8:
                return new(MackieMessageKind.Fader, channel, message.Data1 | (message.Data2 << 7));
            case 0x90 when channel == 0:
                return new(MackieMessageKind.Note, message.Data1, message.Data2);
            case 0x80 when channel == 0:
                return new(MackieMessageKind.Note, message.Data1, 0);
            case 0xD0 when channel == 0:
                return new(MackieMessageKind.Meter, message.Data1 >> 4, message.Data1 & 0x0F);
            case 0xB0 when channel is 0 or 15:
                return DecodeControl(message.Data1, message.Data2);
            default:
                return default;
        }
    }

    private static MackieMessage DecodeControl(byte cc, byte value) => cc switch
    {
        >= MackieProtocol.VPotBase and < MackieProtocol.VPotBase + 8 => new(MackieMessageKind.VPot, cc - MackieProtocol.VPotBase, RelativeSteps(value)),
        >= MackieProtocol.RingBase and < MackieProtocol.RingBase + 8 => new(MackieMessageKind.Ring, cc - MackieProtocol.RingBase, value),
        MackieProtocol.Jog => new(MackieMessageKind.Jog, 0, RelativeSteps(value)),
        >= MackieProtocol.TimecodeBase and < MackieProtocol.TimecodeBase + 10 => new(MackieMessageKind.TimecodeDigit, cc - MackieProtocol.TimecodeBase, value),
        MackieProtocol.AssignmentBase or MackieProtocol.AssignmentBase + 1 => new(MackieMessageKind.AssignmentDigit, cc - MackieProtocol.AssignmentBase, value),
        _ => default,
    };

    /// <summary>Mackie relative code: bit 6 set = counter-clockwise, bits 0-5 = ticks (0 counts as 1, as Ardour does).</summary>
    public static int RelativeSteps(byte value)
    {
        var ticks = Math.Max(1, value & 0x3F);
        return (value & 0x40) != 0 ? -ticks : ticks;
    }

    /// <summary>Decodes a SysEx body (the bytes between F0 and F7). Non-Mackie SysEx gives <see cref="MackieMessageKind.None"/>.</summary>
    public static MackieMessage DecodeSysEx(ReadOnlySpan<byte> body)
    {
        if (body.Length < 5 || body[0] != 0x00 || body[1] != 0x00 || body[2] != 0x66)
            return default;
        var model = body[3];
        var command = body[4];
        return command switch
        {
            MackieProtocol.DeviceQuery => new(MackieMessageKind.DeviceQuery, 0, model, model),
            MackieProtocol.HostConnectionQuery => new(MackieMessageKind.HostConnectionQuery, 0, model, model),
            MackieProtocol.LcdWrite when body.Length >= 6 => new(MackieMessageKind.Lcd, body[5], body.Length - 6, model),
            MackieProtocol.TimecodeDisplay => new(MackieMessageKind.TimecodeText, 0, body.Length - 5, model),
            MackieProtocol.AssignmentDisplay => new(MackieMessageKind.AssignmentText, 0, body.Length - 5, model),
            MackieProtocol.GoOffline => new(MackieMessageKind.GoOffline, 0, 0, model),
            MackieProtocol.VersionRequest => new(MackieMessageKind.VersionRequest, 0, 0, model),
            _ => new(MackieMessageKind.OtherSysEx, 0, command, model),
        };
    }

    /// <summary>The 7-segment codes of a time code or assignment display SysEx body (after the command byte), rightmost digit first.</summary>
    public static ReadOnlySpan<byte> DisplayCodes(ReadOnlySpan<byte> body) => body.Length > 5 ? body[5..] : default;

    /// <summary>The characters of an LCD write SysEx body (after the offset byte).</summary>
    public static ReadOnlySpan<byte> LcdText(ReadOnlySpan<byte> body) => body.Length > 6 ? body[6..] : default;
}
