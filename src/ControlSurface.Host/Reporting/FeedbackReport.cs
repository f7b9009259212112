using System.Text.Json;
using ControlSurface.Core.Feedback;

namespace ControlSurface.Host.Reporting;

/// <summary>Writes a surface's feedback-stage figures into its report object: the counters and the recent causes per fader.</summary>
/// <remarks>
/// Fields on each <c>surfaces[]</c> entry: <c>motorMoves</c>, <c>echoesSuppressed</c>, <c>touchHolds</c>,
/// <c>coalesced</c>, <c>pickupWaits</c>, and <c>faderCauses</c>: for each fader with history, its last
/// entries oldest first, each <c>{ "atMs", "moved", "cause", "value" }</c> where <c>cause</c> is the move's
/// cause (targetUpdate, bankChange, resync, glide, releaseHold, releaseSettle) or the suppression's reason (touched, echo,
/// coalesced, settling, heldAcrossBank, pickupWait).
/// </remarks>
internal static class FeedbackReport
{
    public static void Write(Utf8JsonWriter w, FeedbackStage stage)
    {
        var c = stage.Counters;
        w.WriteNumber("motorMoves", c.MotorMoves);
        w.WriteNumber("echoesSuppressed", c.EchoesSuppressed);
        w.WriteNumber("touchHolds", c.TouchHolds);
        w.WriteNumber("coalesced", c.Coalesced);
        w.WriteNumber("pickupWaits", c.PickupWaits);
        w.WriteStartArray("faderCauses");
        var entries = new FaderCauseEntry[stage.Causes.Depth];
        for (var fader = 0; fader < stage.Causes.Faders; fader++)
        {
            var n = stage.Causes.CopyTo(fader, entries);
            if (n == 0)
                continue;
            w.WriteStartObject();
            w.WriteNumber("fader", fader);
            w.WriteStartArray("causes");
            for (var i = 0; i < n; i++)
            {
                var e = entries[i];
                w.WriteStartObject();
                w.WriteNumber("atMs", Math.Round(e.At.TotalMilliseconds, 1));
                w.WriteBoolean("moved", e.IsMove);
                w.WriteString("cause", e.Label);
                w.WriteNumber("value", Math.Round(e.Value, 5));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
