using System.Globalization;
using ControlSurface.Core.Pads;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ControlSurface.Host.Demo;

/// <summary>The live view's pad panel: the take pads as a 4-wide grid of LEDs in the colours the pads show.</summary>
/// <remarks>
/// Each pad is two lines: the LED block in the palette colour (grey dots when idle), the pad number (1-based, as printed
/// on a grid) and the bound action; under it the state in words, so it reads on a terminal without colour too. Long
/// actions are cut with an ellipsis rather than wrapped. Recording blinks like the pad: lit for 250 ms, dark for
/// 250 ms, on the engine clock.
/// </remarks>
internal static class PadGrid
{
    /// <summary>Pads per row, as on a 4 x 4 pad grid.</summary>
    public const int Columns = 4;

    private static readonly TimeSpan BlinkHalf = TimeSpan.FromMilliseconds(250);

    public static IRenderable Render(IReadOnlyList<PadView> pads, TimeSpan now, PadLedPalette? palette = null)
    {
        palette ??= PadLedPalette.Default;
        var lit = (long)(now / BlinkHalf) % 2 == 0;
        var grid = new Grid();
        for (var c = 0; c < Columns; c++)
            grid.AddColumn(new GridColumn().PadRight(1).NoWrap());
        for (var row = 0; row < pads.Count; row += Columns)
        {
            var cells = new IRenderable[Columns];
            for (var c = 0; c < Columns; c++)
                cells[c] = row + c < pads.Count ? Cell(pads[row + c], palette, lit) : new Text(string.Empty);
            grid.AddRow(cells);
        }
        return new Panel(grid).Header("pads").Border(BoxBorder.Rounded);
    }

    private static Markup Cell(PadView pad, PadLedPalette palette, bool lit)
    {
        var number = (pad.Pad + 1).ToString(CultureInfo.InvariantCulture).PadLeft(2);
        if (pad.Action is null)
            return new Markup($"[grey]   {number} -[/]\n").Overflow(Overflow.Ellipsis);
        var colour = pad.State switch
        {
            PadLedState.Armed => palette.Armed,
            PadLedState.Recording => palette.Recording,
            PadLedState.Recorded => palette.Recorded,
            PadLedState.Keeper => palette.Keeper,
            PadLedState.Rejected => palette.Rejected,
            _ => -1,
        };
        var led = colour < 0 || (pad.State == PadLedState.Recording && !lit)
            ? "[grey]··[/]"
            : string.Create(CultureInfo.InvariantCulture, $"[#{colour:X6}]██[/]");
        var state = pad.State switch
        {
            PadLedState.Armed => "armed",
            PadLedState.Recording => "REC",
            PadLedState.Recorded => "take",
            PadLedState.Keeper => "keeper",
            PadLedState.Rejected => "rejected",
            _ => string.Empty,
        };
        return new Markup($"{led} {number} {Markup.Escape(pad.Action)}\n   [bold]{state}[/]").Overflow(Overflow.Ellipsis);
    }
}
