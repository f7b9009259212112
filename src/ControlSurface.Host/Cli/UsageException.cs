namespace ControlSurface.Host.Cli;

/// <summary>Bad arguments or an unreadable input: printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
