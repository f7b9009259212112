namespace ControlSurface.Core.Engine;

/// <summary>Receives every input the engine processes, with the time it was processed, so a run can be replayed.</summary>
/// <remarks>Called on the engine thread, before the input is applied.</remarks>
public interface IEngineJournal
{
    /// <summary>Records one input.</summary>
    void Record(DateTimeOffset at, in EngineInput input);
}
