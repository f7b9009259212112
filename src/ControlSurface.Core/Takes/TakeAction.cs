using System.Globalization;
using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Takes;

/// <summary>One take action with its argument: a rating, a take number or a marker note.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Argument">Rating 1..5 for <see cref="TakeActionKind.Rate"/>, take number for <see cref="TakeActionKind.PlayTake"/>; 0 otherwise.</param>
/// <param name="Note">The marker note for <see cref="TakeActionKind.Marker"/>, e.g. "pitch".</param>
public readonly record struct TakeAction(TakeActionKind Kind, int Argument = 0, string? Note = null)
{
    /// <summary>The model address that carries this action through the engine (<c>Parameter.TakeAction</c>, Index = kind).</summary>
    public ModelAddress Address => new(Parameter.TakeAction, (int)Kind);

    /// <summary>Reads an action from an engine input or model change: Index = kind, value = argument, text = note.</summary>
    /// <returns>False when the address is not a take action or names an unknown kind.</returns>
    public static bool TryFromModel(ModelAddress address, double value, string? text, out TakeAction action)
    {
        if (address.Parameter != Parameter.TakeAction || address.Index < 0 || address.Index > (int)TakeActionKind.PreviousSong)
        {
            action = default;
            return false;
        }
        action = new TakeAction((TakeActionKind)address.Index, double.IsFinite(value) ? (int)Math.Round(value) : 0, text);
        return true;
    }

    /// <summary>Parses the config spelling: "arm", "record", "stop-keep", "stop-discard", "play-last", "play:3",
    /// "keeper", "reject", "rate:4", "marker:pitch", "undo", "next-song", "previous-song".</summary>
    /// <exception cref="FormatException">Unknown word or a bad argument; the message says which.</exception>
    public static TakeAction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var word = (colon < 0 ? text : text[..colon]).Trim().ToLowerInvariant();
        var arg = colon < 0 ? null : text[(colon + 1)..].Trim();
        return word switch
        {
            "arm" => new(TakeActionKind.Arm),
            "record" => new(TakeActionKind.Record),
            "stop-keep" => new(TakeActionKind.StopKeep),
            "stop-discard" => new(TakeActionKind.StopDiscard),
            "play-last" => new(TakeActionKind.PlayLast),
            "play" => new(TakeActionKind.PlayTake, Number(arg, 1, 9999, text)),
            "keeper" => new(TakeActionKind.MarkKeeper),
            "reject" => new(TakeActionKind.MarkReject),
            "rate" => new(TakeActionKind.Rate, Number(arg, 1, 5, text)),
            "marker" => new(TakeActionKind.Marker, 0, string.IsNullOrEmpty(arg) ? throw new FormatException($"'{text}': a marker needs a note, e.g. marker:pitch") : arg),
            "undo" => new(TakeActionKind.UndoLast),
            "next-song" => new(TakeActionKind.NextSong),
            "previous-song" => new(TakeActionKind.PreviousSong),
            _ => throw new FormatException($"unknown take action '{word}'"),
        };
    }

    /// <summary>The config spelling (the inverse of <see cref="Parse"/>).</summary>
    public override string ToString() => Kind switch
    {
        TakeActionKind.Arm => "arm",
        TakeActionKind.Record => "record",
        TakeActionKind.StopKeep => "stop-keep",
        TakeActionKind.StopDiscard => "stop-discard",
        TakeActionKind.PlayLast => "play-last",
        TakeActionKind.PlayTake => "play:" + Argument.ToString(CultureInfo.InvariantCulture),
        TakeActionKind.MarkKeeper => "keeper",
        TakeActionKind.MarkReject => "reject",
        TakeActionKind.Rate => "rate:" + Argument.ToString(CultureInfo.InvariantCulture),
        TakeActionKind.Marker => "marker:" + Note,
        TakeActionKind.UndoLast => "undo",
        TakeActionKind.NextSong => "next-song",
        _ => "previous-song",
    };

    private static int Number(string? arg, int min, int max, string text)
    {
        if (!int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new FormatException($"'{text}': needs a number from {min} to {max} after the colon");
        return n;
    }
}
