namespace ControlSurface.Host.Firmware;

/// <summary>Adds fields to a surface's status object (a JSON object in a string).</summary>
internal static class StatusJson
{
    /// <summary>Returns <paramref name="json"/> with <c>"name": rawValue</c> added as its last member.</summary>
    public static string With(string json, string name, string rawValue)
    {
        var body = json.AsSpan().Trim();
        if (body.Length < 2 || body[0] != '{' || body[^1] != '}')
            throw new ArgumentException("not a JSON object", nameof(json));
        var inner = body[1..^1].Trim();
        return inner.Length == 0
            ? $"{{\"{name}\":{rawValue}}}"
            : $"{{{inner},\"{name}\":{rawValue}}}";
    }
}
