using System.Globalization;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Profiles;

/// <summary>Learn mode: watches what a controller sends and guesses, for each control touched, a profile entry for it.</summary>
/// <remarks>
/// <para>Controls are told apart by message address (note, CC, pitch bend, NRPN; with channel). The guess sharpens as
/// values arrive: notes with varying velocity are pads, fixed velocity buttons; CCs that only say 0/127 are buttons;
/// CCs that hover around 64, or around 1 and 127, or 1 and 65 are relative encoders (offset-64, two's complement,
/// sign-magnitude); CCs that sweep are faders (or absolute knobs); a CC 0..31 followed by its +32 partner is a 14-bit
/// fader; CC 99/98/6/38 an NRPN fader; pitch bend a pitch-bend fader. Numbers are given in the order controls are first
/// touched, per kind.</para>
/// <para>Not thread-safe; allocates per new control (learn is interactive, not a hot path).</para>
/// </remarks>
public sealed class ControlLearner
{
    private readonly Dictionary<(SourceKind Kind, int Channel, int Number), Learned> _controls = [];
    private readonly int[] _next = new int[4];
    private readonly int[] _nrpnMsb = new int[16];
    private readonly int[] _nrpnLsb = new int[16];
    private (int Channel, int Cc) _lastMsb = (-1, -1);

    /// <summary>Every control learned so far, in the order first touched.</summary>
    public IEnumerable<LearnedControl> Controls => _controls.Values.OrderBy(c => c.Order).Select(c => c.Snapshot());

    /// <summary>Takes one message; returns the control's (new or changed) guess, or null when nothing changed.</summary>
    public LearnedControl? Observe(in MidiMessage message)
    {
        var ch = message.Channel.Index;
        switch (message.Kind)
        {
            case MidiMessageKind.NoteOn or MidiMessageKind.NoteOff:
                return Update((SourceKind.Note, ch, message.Data1), message.Kind == MidiMessageKind.NoteOff ? 0 : message.Data2);
            case MidiMessageKind.PitchBend:
                return Update((SourceKind.PitchBend, ch, 0), message.Value14.Value);
            case MidiMessageKind.ControlChange:
                var cc = message.Data1;
                if (cc is 99 or 98 or 6 or 38)
                    return Nrpn(ch, cc, message.Data2);
                if (cc is >= 32 and < 64 && _lastMsb == (ch, cc - 32) && _controls.Remove((SourceKind.ControlChange, ch, cc - 32), out var coarse))
                {
                    _next[(int)coarse.Kind]--; // the coarse half was not a control of its own
                    return Update((SourceKind.ControlChange14, ch, cc - 32), message.Data2);
                }
                if (_controls.ContainsKey((SourceKind.ControlChange14, ch, cc & 31)) && cc < 64)
                    return null; // the other half of a known 14-bit pair
                _lastMsb = cc < 32 ? (ch, cc) : (-1, -1);
                return Update((SourceKind.ControlChange, ch, cc), message.Data2);
            default:
                return null;
        }
    }

    private LearnedControl? Nrpn(int ch, int cc, int value)
    {
        switch (cc)
        {
            case 99: _nrpnMsb[ch] = value; return null;
            case 98: _nrpnLsb[ch] = value; return null;
            case 38: return null;
            default: return Update((SourceKind.Nrpn, ch, _nrpnMsb[ch] << 7 | _nrpnLsb[ch]), value);
        }
    }

    private LearnedControl? Update((SourceKind Kind, int Channel, int Number) key, int value)
    {
        if (!_controls.TryGetValue(key, out var c))
        {
            c = new Learned(key.Kind, new Channel(key.Channel), key.Number, _controls.Count);
            _controls[key] = c;
        }
        var before = c.Entry;
        c.Add(value);
        c.Classify();
        if (c.Number < 0 || c.NumberedAs != c.Kind)
        {
            c.NumberedAs = c.Kind;
            c.Number = _next[(int)c.Kind]++;
        }
        var snapshot = c.Snapshot();
        return snapshot.Entry == before ? null : snapshot;
    }

    private sealed class Learned(SourceKind source, Channel channel, int address, int order)
    {
        private readonly HashSet<int> _values = [];

        public int Order { get; } = order;

        public ProfileControlKind Kind { get; private set; }

        public ProfileControlKind NumberedAs { get; set; }

        public KnobEncoding Encoding { get; private set; }

        public int Number { get; set; } = -1;

        public int Messages { get; private set; }

        public int Min { get; private set; } = int.MaxValue;

        public int Max { get; private set; } = int.MinValue;

        public string Entry { get; private set; } = "";

        public void Add(int value)
        {
            Messages++;
            _values.Add(value);
            Min = Math.Min(Min, value);
            Max = Math.Max(Max, value);
        }

        public void Classify()
        {
            Encoding = KnobEncoding.Absolute;
            if (source is SourceKind.PitchBend or SourceKind.ControlChange14 or SourceKind.Nrpn)
                Kind = ProfileControlKind.Fader;
            else if (source == SourceKind.Note)
                Kind = _values.All(v => v is 0 or 127) ? ProfileControlKind.Button : ProfileControlKind.Pad;
            else if (_values.All(v => v is 0 or 127))
                Kind = ProfileControlKind.Button;
            else if (_values.All(v => v is >= 57 and <= 71 and not 64) && _values.Count >= 1 && Messages >= 2)
                (Kind, Encoding) = (ProfileControlKind.Knob, KnobEncoding.Offset64);
            else if (_values.All(v => v is >= 1 and <= 7 or >= 121 and <= 127) && Messages >= 2 && _values.Any(v => v >= 121))
                (Kind, Encoding) = (ProfileControlKind.Knob, KnobEncoding.TwosComplement);
            else if (_values.All(v => v is >= 1 and <= 7 or >= 65 and <= 71) && Messages >= 2 && _values.Any(v => v >= 65))
                (Kind, Encoding) = (ProfileControlKind.Knob, KnobEncoding.SignMagnitude);
            else
                Kind = ProfileControlKind.Fader;
        }

        public LearnedControl Snapshot()
        {
            var key = source switch
            {
                SourceKind.Note => "note",
                SourceKind.ControlChange => "cc",
                SourceKind.ControlChange14 => "cc14",
                SourceKind.Nrpn => "nrpn",
                _ => "pitchbend",
            };
            var number = source == SourceKind.PitchBend ? channel.Number : address;
            var ch = source == SourceKind.PitchBend ? "" : string.Create(CultureInfo.InvariantCulture, $", channel: {channel.Number}");
            var extra = Kind switch
            {
                ProfileControlKind.Knob => $", encoding: {EncodingName(Encoding)}",
                ProfileControlKind.Button when Max == 127 => ", led: true",
                _ => "",
            };
            Entry = string.Create(CultureInfo.InvariantCulture,
                $"- {{ {Kind.ToString().ToLowerInvariant()}: {Math.Max(0, Number)}, {key}: {number}{ch}{extra} }}");
            return new LearnedControl(new MessageSource(source, channel, address), Kind, Math.Max(0, Number), Messages, Min, Max, Entry);
        }

        private static string EncodingName(KnobEncoding e) => e switch
        {
            KnobEncoding.TwosComplement => "twos-complement",
            KnobEncoding.SignMagnitude => "sign-magnitude",
            KnobEncoding.Offset64 => "offset-64",
            _ => "absolute",
        };
    }
}
