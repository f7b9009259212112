using System.Globalization;
using System.Text.Json;

namespace ControlSurface.Pi.Board;

/// <summary>Reads a board description from JSON and validates it; every mistake is reported with file, line and column.</summary>
/// <remarks>
/// Hand-written over <see cref="JsonDocument"/> (no reflection) so the trimmed/AOT Pi build keeps working.
/// Addresses may be numbers or "0x48" strings. Unknown properties are errors, so a typo cannot silently drop a setting.
/// </remarks>
public static class BoardReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and validates the board description in <paramref name="path"/>.</summary>
    /// <exception cref="BoardException">The file is malformed or describes an impossible board.</exception>
    public static BoardDescription ReadFile(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Reads and validates a board description from UTF-8 JSON; <paramref name="fileName"/> is used in messages.</summary>
    /// <exception cref="BoardException">The text is malformed or describes an impossible board.</exception>
    public static BoardDescription Parse(byte[] utf8, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            throw new BoardException([new BoardError(fileName, line, column, "", "not valid JSON: " + FirstSentence(e.Message))]);
        }
        using (document)
        {
            var positions = new JsonPositionMap(utf8);
            var problems = new List<(string Path, string Message)>();
            var board = new BoardJson(problems).Board(document.RootElement);
            if (problems.Count == 0)
                BoardValidator.Validate(board, problems, p => positions.Find(p) is (> 0 and var l, _) ? $"{p}, line {l}" : p);
            if (problems.Count == 0)
                return board;
            var errors = new List<BoardError>(problems.Count);
            foreach (var (p, message) in problems)
            {
                var (line, column) = positions.Find(p);
                errors.Add(new BoardError(fileName, line, column, p, message));
            }
            errors.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
            throw new BoardException(errors);
        }
    }

    /// <summary>Parses a chip type name ("ads1115", case-insensitive).</summary>
    public static bool TryParseChipKind(string name, out ChipKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
