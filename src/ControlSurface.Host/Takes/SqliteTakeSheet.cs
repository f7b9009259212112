using System.Globalization;
using ControlSurface.Core.Takes;
using Microsoft.Data.Sqlite;

namespace ControlSurface.Host.Takes;

/// <summary>The take sheet in an SQLite file (WAL, synchronous FULL): every action is its own committed transaction.</summary>
/// <remarks>
/// <para>One writer at a time: the writer holds an exclusive lock on <c>FILE.lock</c> for as long as the sheet is
/// open. The kernel drops that lock when the process dies (even by SIGKILL), so the next opener knows any take
/// still marked recording was interrupted, and marks it so, keeping its start.</para>
/// <para>A sheet written by a newer build (user_version above <see cref="TakeSheetSchema.Current"/>) is refused
/// after a read-only look: it is never migrated, switched to WAL or otherwise rewritten.</para>
/// <para>Not thread-safe; the engine writes from its own thread, the CLI from its one thread.</para>
/// </remarks>
internal sealed class SqliteTakeSheet : ITakeSheet, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly FileStream? _lock;

    private SqliteTakeSheet(string path, SqliteConnection connection, FileStream? writerLock, int interrupted)
    {
        Path = path;
        _connection = connection;
        _lock = writerLock;
        InterruptedOnOpen = interrupted;
    }

    /// <summary>The sheet's file.</summary>
    public string Path { get; }

    /// <summary>True when this instance holds the writer lock (false: a live program is writing; read-only view).</summary>
    public bool IsWriter => _lock is not null;

    /// <summary>How many takes were found still recording when the sheet was opened, and marked interrupted.</summary>
    public int InterruptedOnOpen { get; }

    /// <summary>Opens (creating it and its directory if needed) the sheet to write takes into.</summary>
    /// <exception cref="TakeSheetException">Another program is writing it, it is from a newer build, or it is not a take sheet.</exception>
    public static SqliteTakeSheet OpenForWriting(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        var writerLock = TryLock(path) ?? throw new TakeSheetException($"take sheet {path} is open for writing in another controlsurface process");
        try
        {
            return OpenLocked(path, writerLock);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing sheet to read: as the writer when no program holds it (then interrupted takes are marked), else read-only.</summary>
    /// <exception cref="TakeSheetException">The file is missing, from a newer build, or not a take sheet.</exception>
    public static SqliteTakeSheet OpenForReading(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        if (!File.Exists(path))
            throw new TakeSheetException($"no take sheet at {path} (record a take first, or name one with --db FILE)");
        if (TryLock(path) is { } writerLock)
        {
            try
            {
                return OpenLocked(path, writerLock);
            }
            catch
            {
                writerLock.Dispose();
                throw;
            }
        }
        var version = ReadVersion(path);
        if (version != TakeSheetSchema.Current)
            throw new TakeSheetException($"take sheet {path} is at schema version {version} and in use by another controlsurface; close it there and try again");
        var readOnly = Connect(path, SqliteOpenMode.ReadOnly);
        return new SqliteTakeSheet(path, readOnly, null, 0);
    }

    /// <summary>The schema version stored in the file (0 for an empty file), read without writing anything.</summary>
    public static int ReadVersion(string path)
    {
        try
        {
            using var c = Connect(path, SqliteOpenMode.ReadOnly);
            return Scalar(c, null, "PRAGMA user_version");
        }
        catch (SqliteException e)
        {
            throw new TakeSheetException($"{path} is not a take sheet ({e.Message})", e);
        }
    }

    /// <inheritdoc />
    public TakeSheetContents Load()
    {
        var songs = new List<string>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM songs ORDER BY position";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                songs.Add(r.GetString(0));
        }
        return new TakeSheetContents(songs, TakeRows.ReadAll(_connection));
    }

    /// <inheritdoc />
    public void SaveSong(string song) => Write(tx => Execute(tx, "INSERT OR IGNORE INTO songs (name) VALUES ($a)", song));

    /// <inheritdoc />
    public void SaveTake(Take take)
    {
        ArgumentNullException.ThrowIfNull(take);
        Write(tx => TakeRows.Write(_connection, tx, take));
    }

    /// <inheritdoc />
    public void DeleteTake(string song, int number) =>
        Write(tx => Execute(tx, "DELETE FROM takes WHERE song = $a AND number = $b", song, number));

    /// <summary>Closes the file and releases the writer lock.</summary>
    public void Dispose()
    {
        _connection.Dispose();
        _lock?.Dispose();
    }

    private static FileStream? TryLock(string path)
    {
        try
        {
            // FileShare.None takes an exclusive flock on Unix; the kernel releases it when the process dies.
            return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static SqliteTakeSheet OpenLocked(string path, FileStream writerLock)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            var version = ReadVersion(path);
            if (version > TakeSheetSchema.Current)
            {
                throw new TakeSheetException(
                    $"take sheet {path} was written by a newer controlsurface (schema version {version}; this build reads up to {TakeSheetSchema.Current}); it was left untouched - upgrade controlsurface to open it");
            }
        }
        var c = Connect(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            Execute(c, null, "PRAGMA journal_mode = WAL");
            Execute(c, null, "PRAGMA synchronous = FULL");
            Migrate(c);
            var interrupted = Execute(c, null, "UPDATE takes SET status = 'interrupted' WHERE status = 'recording'");
            return new SqliteTakeSheet(path, c, writerLock, interrupted);
        }
        catch (SqliteException e)
        {
            c.Dispose();
            throw new TakeSheetException($"{path} is not a take sheet ({e.Message})", e);
        }
    }

    private static void Migrate(SqliteConnection c)
    {
        using var tx = c.BeginTransaction();
        var version = Scalar(c, tx, "PRAGMA user_version");
        for (var v = version; v < TakeSheetSchema.Current; v++)
            Execute(c, tx, TakeSheetSchema.Migrations[v]);
        if (version < TakeSheetSchema.Current)
            Execute(c, tx, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {TakeSheetSchema.Current}"));
        tx.Commit();
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 5,
        }.ToString());
        c.Open();
        return c;
    }

    private void Write(Action<SqliteTransaction> write)
    {
        if (_lock is null)
            throw new InvalidOperationException($"take sheet {Path} is open read-only (another controlsurface is writing it)");
        using var tx = _connection.BeginTransaction();
        write(tx);
        tx.Commit();
    }

    private int Execute(SqliteTransaction tx, string sql, params object[] args) => Execute(_connection, tx, sql, args);

    private static int Execute(SqliteConnection c, SqliteTransaction? tx, string sql, params object[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
            cmd.Parameters.AddWithValue("$" + (char)('a' + i), args[i]);
        return cmd.ExecuteNonQuery();
    }

    private static int Scalar(SqliteConnection c, SqliteTransaction? tx, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
