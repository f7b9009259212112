namespace ControlSurface.Host.Demo;

/// <summary>The demo hand's take session on the 16 pads (default layout), once per 12 s cycle.</summary>
/// <remarks>
/// Arm, record take 1 at 1.0 s (with a "pitch" marker), stop and keep, rate it 4 and mark it a keeper; a
/// too-soft brush of the reject pad (ignored: under its threshold); record take 2 with a "great" marker,
/// stop and discard it before the hand's own Stop at 7 s; play the last take; next song; disarm.
/// </remarks>
internal static class TakeDemoScript
{
    /// <summary>(seconds into the cycle, action).</summary>
    public static IEnumerable<(double At, Action<IDemoBoard> Do)> Steps { get; } =
    [
        (0.6, b => b.HitPad(0, 0.8)),    // arm
        (1.0, b => b.HitPad(1, 0.9)),    // record take
        (2.0, b => b.HitPad(13, 0.7)),   // marker "pitch"
        (3.4, b => b.HitPad(1, 0.9)),    // record again: stop and keep
        (3.8, b => b.HitPad(11, 0.6)),   // rate 4
        (4.2, b => b.HitPad(4, 0.8)),    // keeper
        (4.4, b => b.HitPad(5, 0.02)),   // a brush under the threshold: nothing happens
        (5.0, b => b.HitPad(1, 0.9)),    // record the next take
        (6.0, b => b.HitPad(15, 0.7)),   // marker "great"
        (6.8, b => b.HitPad(2, 0.9)),    // stop and discard
        (8.5, b => b.HitPad(3, 0.7)),    // play the last (kept) take
        (10.8, b => b.HitPad(7, 0.7)),   // next song
        (11.2, b => b.HitPad(0, 0.8)),   // disarm
    ];
}
