using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Host.Journal;

/// <summary>The journal's line format, both ways. Version 2 (version 1 had no reload lines; it reads the same).</summary>
/// <remarks>
/// Header: <c>{"journal":"controlsurface","version":1,"start":…,"options":{…},"surfaces":[…],"extras":{…}}</c>.
/// Inputs: <c>{"t":ticks,"k":"control","s":0,"e":"FaderMoved","c":3,"v":0.71}</c>,
/// <c>{"t":…,"k":"target","o":0,"p":"Fader","i":3,"v":0.5,"x":"name"}</c>, <c>{"t":…,"k":"tick"}</c>,
/// <c>{"t":…,"k":"status","s":0,"v":1,"x":"{counters}"}</c>. <c>t</c> is 100 ns ticks since start.
/// A configuration reload is a line of its own, <c>{"t":…,"k":"reload","names":[[2,"Bass"]],"removed":[0],"added":[…]}</c>
/// (<see cref="JournalReload"/>), between the inputs processed before and after it.
/// </remarks>
internal static class JournalFormat
{
    public const int Version = 2;

    public static void WriteHeader(Utf8JsonWriter w, JournalHeader h)
    {
        w.WriteStartObject();
        w.WriteString("journal", "controlsurface");
        w.WriteNumber("version", Version);
        w.WriteNumber("start", h.Start.UtcTicks);
        w.WriteStartObject("options");
        w.WriteNumber("stripCount", h.Options.StripCount);
        w.WriteNumber("sampleRate", h.Options.SampleRate);
        w.WriteNumber("tickTicks", h.Options.TickInterval.Ticks);
        w.WriteString("timecodeRate", h.Options.TimecodeRate.ToString());
        w.WriteStartArray("stripNames");
        foreach (var n in h.Options.StripNames)
            w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("surfaces");
        foreach (var s in h.Surfaces)
            WriteSurface(w, s);
        w.WriteEndArray();
        w.WriteStartObject("extras");
        foreach (var (k, v) in h.Extras)
            w.WriteString(k, v);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteSurface(Utf8JsonWriter w, JournalSurface s)
    {
        w.WriteStartObject();
        w.WriteString("name", s.Name);
        w.WriteString("kind", s.Kind);
        if (s.Feedback is { } feedback)
            JournalFeedback.Write(w, feedback);
        if (s.Calibration is { } calibration)
            w.WriteString("calibration", calibration);
        var l = s.Layout;
        w.WriteStartObject("layout");
        w.WriteNumber("faders", l.Faders);
        w.WriteBoolean("motorized", l.MotorizedFaders);
        w.WriteBoolean("touch", l.TouchSensing);
        w.WriteNumber("pads", l.Pads);
        w.WriteNumber("buttons", l.Buttons);
        w.WriteNumber("encoders", l.Encoders);
        w.WriteNumber("displayLines", l.DisplayLines);
        w.WriteNumber("displayCharacters", l.DisplayCharacters);
        if (l.FadersWithoutMotor != 0)
            w.WriteNumber("fadersWithoutMotor", l.FadersWithoutMotor);
        w.WriteEndObject();
        w.WriteStartArray("bindings");
        foreach (var b in s.Bindings)
        {
            w.WriteStartArray();
            w.WriteStringValue(b.Kind.ToString());
            w.WriteNumberValue(b.Control);
            w.WriteStringValue(b.Parameter.ToString());
            w.WriteNumberValue(b.Index);
            w.WriteBooleanValue(b.BankRelative);
            w.WriteNumberValue(b.Amount);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteInput(Utf8JsonWriter w, long ticks, in EngineInput input)
    {
        w.WriteStartObject();
        w.WriteNumber("t", ticks);
        switch (input.Kind)
        {
            case EngineInputKind.Control:
                w.WriteString("k", "control");
                w.WriteNumber("s", input.Control.Surface);
                w.WriteString("e", input.Control.Kind.ToString());
                w.WriteNumber("c", input.Control.Control);
                w.WriteNumber("v", input.Control.Value);
                break;
            case EngineInputKind.TargetUpdate:
                w.WriteString("k", "target");
                w.WriteNumber("o", input.Origin.Index);
                w.WriteString("p", input.Address.Parameter.ToString());
                w.WriteNumber("i", input.Address.Index);
                w.WriteNumber("v", input.Value);
                if (input.Text is not null)
                    w.WriteString("x", input.Text);
                break;
            case EngineInputKind.Tick:
                w.WriteString("k", "tick");
                break;
            case EngineInputKind.SurfaceStatus:
                w.WriteString("k", "status");
                w.WriteNumber("s", input.Origin.Index);
                w.WriteNumber("v", input.Value);
                w.WriteString("x", input.Text ?? "{}");
                break;
        }
        w.WriteEndObject();
    }

    public static JournalHeader ReadHeader(JsonElement e)
    {
        if (!e.TryGetProperty("journal", out var tag) || tag.GetString() != "controlsurface")
            throw new FormatException("not a controlsurface journal (no \"journal\":\"controlsurface\" in the first line)");
        var version = e.GetProperty("version").GetInt32();
        if (version > Version)
            throw new FormatException($"journal version {version} is newer than this program reads ({Version})");
        var o = e.GetProperty("options");
        var options = new EngineOptions
        {
            StripCount = o.GetProperty("stripCount").GetInt32(),
            SampleRate = o.GetProperty("sampleRate").GetInt32(),
            TickInterval = TimeSpan.FromTicks(o.GetProperty("tickTicks").GetInt64()),
            TimecodeRate = Enum.Parse<TimecodeRate>(o.GetProperty("timecodeRate").GetString()!),
            StripNames = [.. o.GetProperty("stripNames").EnumerateArray().Select(n => n.GetString() ?? "")],
        };
        var surfaces = e.GetProperty("surfaces").EnumerateArray().Select(ReadSurface).ToList();
        var extras = e.TryGetProperty("extras", out var x)
            ? x.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")
            : [];
        return new JournalHeader(new DateTimeOffset(e.GetProperty("start").GetInt64(), TimeSpan.Zero), options, surfaces, extras);
    }

    public static JournalSurface ReadSurface(JsonElement s)
    {
        var l = s.GetProperty("layout");
        var layout = new SurfaceLayout(
            l.GetProperty("faders").GetInt32(), l.GetProperty("motorized").GetBoolean(), l.GetProperty("touch").GetBoolean(),
            l.GetProperty("pads").GetInt32(), l.GetProperty("buttons").GetInt32(), l.GetProperty("encoders").GetInt32(),
            l.GetProperty("displayLines").GetInt32(), l.GetProperty("displayCharacters").GetInt32(),
            l.TryGetProperty("fadersWithoutMotor", out var noMotor) ? noMotor.GetInt64() : 0);
        var bindings = s.GetProperty("bindings").EnumerateArray().Select(b => new ControlBinding(
            Enum.Parse<ControlKind>(b[0].GetString()!), b[1].GetInt32(), Enum.Parse<Parameter>(b[2].GetString()!),
            b[3].GetInt32(), b[4].GetBoolean(), b[5].GetDouble())).ToList();
        return new JournalSurface(
            s.GetProperty("name").GetString()!, s.GetProperty("kind").GetString()!, layout, bindings,
            s.TryGetProperty("feedback", out var f) ? JournalFeedback.Read(f) : null,
            s.TryGetProperty("calibration", out var c) ? c.GetString() : null);
    }

    public static (long Ticks, EngineInput Input) ReadInput(JsonElement e)
    {
        var t = e.GetProperty("t").GetInt64();
        var kind = e.GetProperty("k").GetString();
        var input = kind switch
        {
            "control" => EngineInput.FromControl(new ControlEvent(
                e.GetProperty("s").GetInt32(), Enum.Parse<ControlEventKind>(e.GetProperty("e").GetString()!),
                e.GetProperty("c").GetInt32(), e.GetProperty("v").GetDouble())),
            "target" => EngineInput.TargetUpdate(
                e.GetProperty("o").GetInt32(),
                new ModelAddress(Enum.Parse<Parameter>(e.GetProperty("p").GetString()!), e.GetProperty("i").GetInt32()),
                e.GetProperty("v").GetDouble(),
                e.TryGetProperty("x", out var x) ? x.GetString() : null),
            "tick" => EngineInput.Tick(),
            "status" => EngineInput.SurfaceStatus(e.GetProperty("s").GetInt32(), e.GetProperty("v").GetDouble() != 0, e.GetProperty("x").GetString() ?? "{}"),
            _ => throw new FormatException($"unknown input kind \"{kind}\""),
        };
        return (t, input);
    }
}
