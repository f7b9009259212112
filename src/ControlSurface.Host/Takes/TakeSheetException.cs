namespace ControlSurface.Host.Takes;

/// <summary>A take sheet that cannot be opened as asked: newer schema, missing file, in use by another writer.</summary>
/// <remarks>The message names the file and what to do; the CLI prints it as one line (exit code 2).</remarks>
internal sealed class TakeSheetException(string message, Exception? inner = null) : Exception(message, inner);
