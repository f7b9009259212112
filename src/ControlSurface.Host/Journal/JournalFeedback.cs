using System.Text.Json;
using ControlSurface.Core.Feedback;

namespace ControlSurface.Host.Journal;

/// <summary>A surface's own <see cref="FeedbackOptions"/> in the journal header, so a replay arbitrates its faders the same way.</summary>
/// <remarks>Times in ticks and doubles in round-trip form: a replay rebuilds exactly the options of the run.</remarks>
internal static class JournalFeedback
{
    public static void Write(Utf8JsonWriter w, FeedbackOptions o)
    {
        w.WriteStartObject("feedback");
        w.WriteNumber("touchDebounce", o.TouchDebounce.Ticks);
        w.WriteNumber("still", o.StillTimeout.Ticks);
        w.WriteNumber("settle", o.SettleTime.Ticks);
        w.WriteNumber("echoWindow", o.EchoWindow.Ticks);
        w.WriteNumber("echoTolerance", o.EchoTolerance);
        w.WriteNumber("targetsPerSecond", o.TargetsPerSecond);
        w.WriteNumber("linkBytesPerSecond", o.LinkBytesPerSecond);
        w.WriteNumber("bytesPerFaderTarget", o.BytesPerFaderTarget);
        w.WriteNumber("bytesPerIndicator", o.BytesPerIndicator);
        w.WriteNumber("bytesPerTextOverhead", o.BytesPerTextOverhead);
        w.WriteNumber("motorSpeed", o.MotorSpeed);
        w.WriteNumber("glideSpeed", o.GlideSpeed);
        w.WriteNumber("motorSettle", o.MotorSettleTime.Ticks);
        w.WriteNumber("motorFollowTolerance", o.MotorFollowTolerance);
        w.WriteNumber("jitterNoiseLsb", o.JitterNoiseLsb);
        w.WriteNumber("jitterRest", o.JitterRestTime.Ticks);
        w.WriteString("touchMode", o.TouchMode?.ToString());
        w.WriteString("pickupMode", o.PickupMode.ToString());
        w.WriteStartArray("pickupModes");
        foreach (var m in o.PickupModes)
            w.WriteStringValue(m.ToString());
        w.WriteEndArray();
        w.WriteNumber("pickupTolerance", o.PickupTolerance);
        w.WriteString("pickupHint", o.PickupHint.ToString());
        w.WriteNumber("pickupHintLedBase", o.PickupHintLedBase);
        w.WriteNumber("pickupHintTextLine", o.PickupHintTextLine);
        w.WriteNumber("causeHistory", o.CauseHistory);
        w.WriteEndObject();
    }

    public static FeedbackOptions Read(JsonElement e) => new()
    {
        TouchDebounce = TimeSpan.FromTicks(e.GetProperty("touchDebounce").GetInt64()),
        StillTimeout = TimeSpan.FromTicks(e.GetProperty("still").GetInt64()),
        SettleTime = TimeSpan.FromTicks(e.GetProperty("settle").GetInt64()),
        EchoWindow = TimeSpan.FromTicks(e.GetProperty("echoWindow").GetInt64()),
        EchoTolerance = e.GetProperty("echoTolerance").GetDouble(),
        TargetsPerSecond = e.GetProperty("targetsPerSecond").GetDouble(),
        LinkBytesPerSecond = e.GetProperty("linkBytesPerSecond").GetInt32(),
        BytesPerFaderTarget = e.GetProperty("bytesPerFaderTarget").GetInt32(),
        BytesPerIndicator = e.GetProperty("bytesPerIndicator").GetInt32(),
        BytesPerTextOverhead = e.GetProperty("bytesPerTextOverhead").GetInt32(),
        MotorSpeed = e.GetProperty("motorSpeed").GetDouble(),
        GlideSpeed = e.GetProperty("glideSpeed").GetDouble(),
        MotorSettleTime = TimeSpan.FromTicks(e.GetProperty("motorSettle").GetInt64()),
        MotorFollowTolerance = e.GetProperty("motorFollowTolerance").GetDouble(),
        JitterNoiseLsb = e.GetProperty("jitterNoiseLsb").GetInt32(),
        JitterRestTime = TimeSpan.FromTicks(e.GetProperty("jitterRest").GetInt64()),
        TouchMode = e.GetProperty("touchMode").GetString() is { } t ? Enum.Parse<TouchMode>(t) : null,
        PickupMode = Enum.Parse<PickupMode>(e.GetProperty("pickupMode").GetString()!),
        PickupModes = [.. e.GetProperty("pickupModes").EnumerateArray().Select(m => Enum.Parse<PickupMode>(m.GetString()!))],
        PickupTolerance = e.GetProperty("pickupTolerance").GetDouble(),
        PickupHint = Enum.Parse<PickupHintStyle>(e.GetProperty("pickupHint").GetString()!),
        PickupHintLedBase = e.GetProperty("pickupHintLedBase").GetInt32(),
        PickupHintTextLine = e.GetProperty("pickupHintTextLine").GetInt32(),
        CauseHistory = e.GetProperty("causeHistory").GetInt32(),
    };
}
