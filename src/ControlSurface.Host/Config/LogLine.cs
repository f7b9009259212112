namespace ControlSurface.Host.Config;

/// <summary>Writes one line to the run's log; under systemd with its syslog priority.</summary>
internal static class LogLine
{
    /// <summary>syslog priority of a failure the user must act on.</summary>
    public const int Error = 3;

    /// <summary>syslog priority of something wrong that the program works around.</summary>
    public const int Warning = 4;

    /// <summary>syslog priority of a normal but significant event.</summary>
    public const int Notice = 5;

    /// <summary>syslog priority of information.</summary>
    public const int Info = 6;

    /// <summary>Writes <paramref name="line"/> at <paramref name="priority"/> (3 error, 4 warning, 5 notice, 6 info). Thread-safe.</summary>
    public static void Write(TextWriter log, int priority, string line)
    {
        // Under systemd stderr goes to the journal, which reads a "<N>" prefix as the syslog priority.
        var prefix = Environment.GetEnvironmentVariable("JOURNAL_STREAM") is { Length: > 0 } ? $"<{priority}>" : "";
        lock (log)
        {
            log.WriteLine(prefix + line);
            log.Flush();
        }
    }
}
