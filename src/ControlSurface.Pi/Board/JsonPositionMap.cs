using System.Text;
using System.Text.Json;

namespace ControlSurface.Pi.Board;

/// <summary>Line and column of every value in a JSON document, keyed by path ("chips[2].address").</summary>
/// <remarks>System.Text.Json's DOM forgets positions; one extra reader pass keeps them for error messages.</remarks>
internal sealed class JsonPositionMap
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    /// <summary>Indexes <paramref name="utf8"/>, which must be well-formed JSON (comments and trailing commas allowed).</summary>
    public JsonPositionMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
        }
        Index();
    }

    /// <summary>1-based line and column of the value at <paramref name="path"/> (or of its nearest indexed parent); (0, 0) when unknown.</summary>
    public (int Line, int Column) Find(string path)
    {
        var p = path;
        while (true)
        {
            if (_offsets.TryGetValue(p, out var offset))
                return LineColumn(offset);
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
                return (0, 0);
            p = p[..cut];
        }
    }

    /// <summary>1-based line and column of a byte offset.</summary>
    public (int Line, int Column) LineColumn(long offset)
    {
        var line = _lineStarts.BinarySearch((int)offset);
        if (line < 0)
            line = ~line - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, (int)offset - start) + 1;
        return (line + 1, column);
    }

    private void Index()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        // Each frame: the container's path, and the next array index (-1 for objects).
        var stack = new Stack<(string Path, int NextIndex)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    continue;
            }
            var path = NextPath(stack, property);
            property = null;
            _offsets.TryAdd(path, reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.StartObject)
                stack.Push((path, -1));
            else if (reader.TokenType == JsonTokenType.StartArray)
                stack.Push((path, 0));
        }
    }

    private static string NextPath(Stack<(string Path, int NextIndex)> stack, string? property)
    {
        if (stack.Count == 0)
            return "";
        var (parent, next) = stack.Pop();
        if (next >= 0)
        {
            stack.Push((parent, next + 1));
            return $"{parent}[{next}]";
        }
        stack.Push((parent, next));
        return parent.Length == 0 ? property ?? "" : $"{parent}.{property}";
    }
}
