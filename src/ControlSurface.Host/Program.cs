using ControlSurface.Host.Cli;

return await CommandLine.RunAsync(args, CommandContext.Console(), CancellationToken.None).ConfigureAwait(false);
