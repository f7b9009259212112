namespace ControlSurface.Host.Bridge;

/// <summary>What a run leaves behind: the JSON report and a one-line summary.</summary>
internal sealed record RunResult(string ReportJson, string Summary);
