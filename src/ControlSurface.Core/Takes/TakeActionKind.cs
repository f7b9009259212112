namespace ControlSurface.Core.Takes;

/// <summary>What a producer can do to the take session; the number is <c>ModelAddress.Index</c> of a <c>Parameter.TakeAction</c>.</summary>
/// <remarks>The numbers are part of the journal and the config format: append, never renumber.</remarks>
public enum TakeActionKind : byte
{
    /// <summary>Toggle the session's armed state; a take can only be recorded while armed.</summary>
    Arm = 0,
    /// <summary>Record a new take (transport record + play); while recording, the same pad stops and keeps.</summary>
    Record = 1,
    /// <summary>Stop the transport and keep the take.</summary>
    StopKeep = 2,
    /// <summary>Stop the transport and mark the take discarded.</summary>
    StopDiscard = 3,
    /// <summary>Locate to the start of the song's last kept take and play.</summary>
    PlayLast = 4,
    /// <summary>Locate to the start of take N (the argument) of the current song and play.</summary>
    PlayTake = 5,
    /// <summary>Mark the current take a keeper (again: clear it).</summary>
    MarkKeeper = 6,
    /// <summary>Mark the current take rejected (again: clear it).</summary>
    MarkReject = 7,
    /// <summary>Rate the current take 1..5 (the argument).</summary>
    Rate = 8,
    /// <summary>Drop a marker with a note at the transport's current position on the current take.</summary>
    Marker = 9,
    /// <summary>Remove the song's last take from the sheet (stopping it first if it is recording).</summary>
    UndoLast = 10,
    /// <summary>Move to the next song, creating one after the last.</summary>
    NextSong = 11,
    /// <summary>Move to the previous song.</summary>
    PreviousSong = 12,
}
