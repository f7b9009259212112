namespace ControlSurface.Host.Demo;

/// <summary>What a demo run leaves behind: the JSON report and a one-paragraph summary.</summary>
internal sealed record DemoResult(string ReportJson, string Summary);
