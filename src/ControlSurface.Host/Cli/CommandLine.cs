using System.Reflection;
using System.Text;

namespace ControlSurface.Host.Cli;

/// <summary>Dispatches `controlsurface [command] [options]` to a command and maps failures to exit codes.</summary>
/// <remarks>Exit codes: 0 success, 1 runtime failure, 2 bad arguments or unreadable input.</remarks>
internal static class CommandLine
{
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellation)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            if (args.Length > 1 && Find(args[1]) is { } c)
            {
                await context.Out.WriteLineAsync(c.Help).ConfigureAwait(false);
                return 0;
            }
            await context.Out.WriteAsync(Overview()).ConfigureAwait(false);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] is "--version" or "-V")
        {
            await context.Out.WriteLineAsync($"controlsurface {Version}").ConfigureAwait(false);
            return 0;
        }
        var command = Find(args[0]);
        if (command is null)
        {
            await context.Error.WriteLineAsync($"controlsurface: unknown command '{args[0]}' (try --help)").ConfigureAwait(false);
            return 2;
        }
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            await context.Out.WriteLineAsync(command.Help).ConfigureAwait(false);
            return 0;
        }
        try
        {
            return await command.RunAsync(ArgsFor(command, args), context, cancellation).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"controlsurface {command.Name}: {e.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    private static CommandArgs ArgsFor(ICommand command, string[] args) =>
        new(args[1..], command is IHasFlags f ? f.Flags : []);

    private static ICommand? Find(string name) => CommandTable.All.FirstOrDefault(c => c.Name == name);

    private static string Overview()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"controlsurface {Version}: a control-surface bridge for faders, pads, buttons and encoders.");
        sb.AppendLine();
        sb.AppendLine("Usage: controlsurface <command> [options]   (controlsurface <command> --help for details)");
        sb.AppendLine();
        sb.AppendLine("Commands:");
        foreach (var c in CommandTable.All)
            sb.AppendLine($"  {c.Name,-14} {c.Summary}");
        sb.AppendLine();
        sb.AppendLine("  --version      print the version");
        return sb.ToString();
    }
}
