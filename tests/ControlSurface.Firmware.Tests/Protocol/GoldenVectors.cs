using System.Text.Json;

namespace ControlSurface.Firmware.Tests.Protocol;

/// <summary>Loads firmware-protocol/vectors/frames.json (copied next to the test binaries).</summary>
internal static class GoldenVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "vectors", "frames.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static IEnumerable<JsonElement> Cases => Root.GetProperty("cases").EnumerateArray();

    public static JsonElement Case(string name) => Cases.First(c => c.GetProperty("name").GetString() == name);

    public static byte[] Wire(JsonElement c) => Convert.FromHexString(c.GetProperty("hex").GetString()!);

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
            data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    /// <summary>Every case's bytes back to back: one long stream with good and bad frames.</summary>
    public static byte[] AllCasesConcatenated() =>
        Cases.Where(c => c.GetProperty("name").GetString() != "truncated").SelectMany(Wire).ToArray();
}
