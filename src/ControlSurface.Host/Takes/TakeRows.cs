using System.Globalization;
using ControlSurface.Core.Takes;
using Microsoft.Data.Sqlite;

namespace ControlSurface.Host.Takes;

/// <summary>Reads and writes take rows: the mapping between <see cref="Take"/> and the sheet's columns.</summary>
internal static class TakeRows
{
    /// <summary>Status as stored.</summary>
    public static string Text(TakeStatus status) => status switch
    {
        TakeStatus.Recording => "recording",
        TakeStatus.Complete => "complete",
        TakeStatus.Discarded => "discarded",
        _ => "interrupted",
    };

    /// <summary>Verdict as stored.</summary>
    public static string Text(TakeVerdict verdict) => verdict switch
    {
        TakeVerdict.Keeper => "keeper",
        TakeVerdict.Reject => "reject",
        _ => "none",
    };

    /// <summary>A wall-clock time as stored: ISO 8601 UTC, sortable as text.</summary>
    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads every take with its markers, ordered by start.</summary>
    public static List<Take> ReadAll(SqliteConnection connection)
    {
        var markers = new Dictionary<long, List<TakeMarker>>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT take_id, position, at, note FROM markers ORDER BY id";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetInt64(0);
                if (!markers.TryGetValue(id, out var list))
                    markers[id] = list = [];
                list.Add(new TakeMarker(r.GetInt64(1), Time(r.GetString(2)), r.GetString(3)));
            }
        }
        var takes = new List<Take>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT id, song, number, status, start_sample, end_sample, sample_rate, started_at, ended_at,
                       armed_tracks, rating, verdict
                FROM takes ORDER BY started_at, song, number
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetInt64(0);
                takes.Add(new Take(
                    r.GetString(1),
                    r.GetInt32(2),
                    Status(r.GetString(3)),
                    r.GetInt64(4),
                    r.IsDBNull(5) ? null : r.GetInt64(5),
                    r.GetInt32(6),
                    Time(r.GetString(7)),
                    r.IsDBNull(8) ? null : Time(r.GetString(8)),
                    Tracks(r.GetString(9)),
                    r.GetInt32(10),
                    Verdict(r.GetString(11)),
                    markers.TryGetValue(id, out var m) ? m : []));
            }
        }
        return takes;
    }

    /// <summary>Inserts or replaces one take and its markers inside <paramref name="tx"/>.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction tx, Take take)
    {
        long id;
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO takes (song, number, status, start_sample, end_sample, sample_rate, started_at, ended_at,
                                   armed_tracks, rating, verdict)
                VALUES ($song, $number, $status, $start, $end, $rate, $startedAt, $endedAt, $tracks, $rating, $verdict)
                ON CONFLICT (song, number) DO UPDATE SET
                    status = excluded.status, start_sample = excluded.start_sample, end_sample = excluded.end_sample,
                    sample_rate = excluded.sample_rate, started_at = excluded.started_at, ended_at = excluded.ended_at,
                    armed_tracks = excluded.armed_tracks, rating = excluded.rating, verdict = excluded.verdict
                RETURNING id
                """;
            cmd.Parameters.AddWithValue("$song", take.Song);
            cmd.Parameters.AddWithValue("$number", take.Number);
            cmd.Parameters.AddWithValue("$status", Text(take.Status));
            cmd.Parameters.AddWithValue("$start", take.StartSample);
            cmd.Parameters.AddWithValue("$end", take.EndSample is { } e ? e : DBNull.Value);
            cmd.Parameters.AddWithValue("$rate", take.SampleRate);
            cmd.Parameters.AddWithValue("$startedAt", Text(take.StartedAt));
            cmd.Parameters.AddWithValue("$endedAt", take.EndedAt is { } at ? Text(at) : DBNull.Value);
            cmd.Parameters.AddWithValue("$tracks", string.Join(',', take.ArmedTracks.Select(t => t.ToString(CultureInfo.InvariantCulture))));
            cmd.Parameters.AddWithValue("$rating", take.Rating);
            cmd.Parameters.AddWithValue("$verdict", Text(take.Verdict));
            id = (long)cmd.ExecuteScalar()!;
        }
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM markers WHERE take_id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.ExecuteNonQuery();
        }
        foreach (var m in take.Markers)
        {
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO markers (take_id, position, at, note) VALUES ($id, $position, $at, $note)";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$position", m.Position);
            cmd.Parameters.AddWithValue("$at", Text(m.At));
            cmd.Parameters.AddWithValue("$note", m.Note);
            cmd.ExecuteNonQuery();
        }
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static TakeStatus Status(string text) => text switch
    {
        "recording" => TakeStatus.Recording,
        "complete" => TakeStatus.Complete,
        "discarded" => TakeStatus.Discarded,
        _ => TakeStatus.Interrupted,
    };

    private static TakeVerdict Verdict(string text) => text switch
    {
        "keeper" => TakeVerdict.Keeper,
        "reject" => TakeVerdict.Reject,
        _ => TakeVerdict.None,
    };

    private static int[] Tracks(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
}
