using System.Globalization;
using ControlSurface.Core.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ControlSurface.Host.Demo;

/// <summary>The demo's terminal view: strips as fader bars with dB, mute/solo/arm, meters, the transport, and the take
/// pads' LEDs when the run has take pads.</summary>
internal static class LiveView
{
    /// <summary>Strips shown: the board's bank plus the automated ones next to it.</summary>
    public const int Shown = 16;

    public static async Task RunAsync(Func<DemoView> current, CancellationToken cancellation)
    {
        var console = AnsiConsole.Console;
        await console.Live(Render(DemoView.Empty)).AutoClear(false).StartAsync(async ctx =>
        {
            while (!cancellation.IsCancellationRequested)
            {
                ctx.UpdateTarget(Render(current()));
                try
                {
                    await Task.Delay(100, cancellation).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            ctx.UpdateTarget(Render(current()));
        }).ConfigureAwait(false);
    }

    public static IRenderable Render(DemoView view)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("#");
        table.AddColumn("strip");
        table.AddColumn("fader");
        table.AddColumn(new TableColumn("dB").RightAligned());
        table.AddColumn("M S R");
        table.AddColumn("meter");
        foreach (var s in view.Strips.Take(Shown))
        {
            var onBoard = s.Index >= view.BankOffset && s.Index < view.BankOffset + 8;
            table.AddRow(
                new Markup(onBoard ? $"[bold]{s.Index + 1}[/]" : $"[grey]{s.Index + 1}[/]"),
                new Text(s.Name),
                new Markup(Bar(s.Fader, 24, s.Audible ? "green" : "grey")),
                new Text(s.GainDb is { } db ? db.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "-inf"),
                new Markup($"{Flag(s.Mute, "M", "red")} {Flag(s.Solo, "S", "yellow")} {Flag(s.RecArm, "R", "red")}"),
                new Markup(Bar(s.Meter, 12, s.Meter > 0.9 ? "red" : "blue")));
        }
        var state = view.State switch
        {
            TransportState.Playing => "[green]PLAY[/]",
            TransportState.Recording => "[red]REC[/]",
            TransportState.Paused => "[yellow]PAUSE[/]",
            _ => "[grey]STOP[/]",
        };
        var header = new Markup(
            $"{state}  [bold]{view.Timecode}[/]  {view.Bbt}  loop {(view.Loop ? "on" : "off")}  " +
            $"bank {view.BankOffset + 1}-{view.BankOffset + 8}  t={view.Now.TotalSeconds:0.0}s   (Ctrl+C to stop)");
        return view.Pads.Count == 0 ? new Rows(header, table) : new Rows(header, table, PadGrid.Render(view.Pads, view.Now));
    }

    private static string Bar(double value, int width, string colour)
    {
        var filled = (int)Math.Round(Math.Clamp(value, 0, 1) * width);
        return $"[{colour}]{new string('█', filled)}[/][grey]{new string('·', width - filled)}[/]";
    }

    private static string Flag(bool on, string letter, string colour) => on ? $"[{colour}]{letter}[/]" : "[grey]·[/]";
}
