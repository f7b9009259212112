namespace ControlSurface.Midi.Codec;

/// <summary>What a data entry does to the selected parameter.</summary>
public enum ParameterAction : byte
{
    /// <summary>Data entry (CC 6 MSB, CC 38 LSB): set the value.</summary>
    Set,

    /// <summary>Data increment (CC 96).</summary>
    Increment,

    /// <summary>Data decrement (CC 97).</summary>
    Decrement,
}
