using ControlSurface.Host.Config;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface check-config FILE`: validates a configuration without running anything.</summary>
internal sealed class CheckConfigCommand : ICommand
{
    public string Name => "check-config";

    public string Summary => "check a configuration file without running it";

    public string Help => $"""
        Usage: controlsurface check-config FILE

        Reads FILE as `run --config FILE` would and reports the first mistake as
        file:line:column: problem (exit 2), or what it would run (exit 0). Opens no device.

        Top-level keys: engine (strips, sampleRate, timecodeFps, stripNames), surfaces, targets, takes (db; pads: a list of "PAD = ACTION [curve=..] [threshold=..]"; songs: a list).
        Every surface may carry feedback: (touchDebounceMs, stillMs, settleMs, echoWindowMs, echoToleranceLsb,
        targetsPerSecond, linkBytesPerSecond, motorSpeed, glideSpeed, deadbandLsb, touch, pickup, pickupFaders,
        pickupTolerance, pickupHint, pickupHintLed, pickupHintLine, and calibration or calibrationFile);
        see hardware/examples/motor-faders.yaml.
        Surface and target kinds:
        {string.Join(Environment.NewLine, ComponentKinds.All.Select(k => $"  {k.Role,-8} {k.Kind,-16} {k.Description}"))}
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        args.ThrowOnUnknown();
        if (args.Positionals.Count != 1)
            throw new UsageException("expected exactly one configuration FILE");
        try
        {
            var config = ConfigLoader.LoadFile(args.Positionals[0]);
            await context.Out.WriteLineAsync(
                $"{config.Source}: ok, {config.Engine.StripCount} strips; " +
                string.Join(", ", config.Components.Select(c => $"{c.Kind.Role} '{c.Name}' ({c.Kind.Kind})"))).ConfigureAwait(false);
            return 0;
        }
        catch (ConfigException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }
    }
}
