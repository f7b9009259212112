using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Host.Cli;

/// <summary>The hand `simulate --hand` uses: every 4 s it rides one fader, hits a pad, clicks a button and turns an encoder.</summary>
internal sealed class SimulatedHandScript(BoardSimulator board)
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    /// <summary>Plays until cancelled.</summary>
    public async Task RunAsync(TimeProvider time, CancellationToken cancellation)
    {
        var o = board.Options;
        using var timer = new PeriodicTimer(Step, time);
        var tick = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false))
            {
                var round = tick / 40;
                switch (tick % 40)
                {
                    case 0 when o.Faders > 0:
                        board.Move(round % o.Faders, 0.5 + (0.4 * Math.Sin(round)), speed: 1);
                        break;
                    case 15 when o.Faders > 0:
                        board.Release(round % o.Faders);
                        break;
                    case 20 when o.Pads > 0:
                        board.HitPad(round % o.Pads, 0.3 + (0.7 * ((round % 5) / 4.0)));
                        break;
                    case 25 when o.Buttons > 0:
                        board.Click(round % o.Buttons);
                        break;
                    case 30 when o.Encoders > 0:
                        board.Turn(round % o.Encoders, round % 2 == 0 ? 1 : -1);
                        break;
                }
                tick++;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
