using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Mapping;

/// <summary>Binds one physical control to a model address.</summary>
/// <param name="Kind">Which kind of control.</param>
/// <param name="Control">Zero-based control number within its kind on the surface.</param>
/// <param name="Parameter">What it drives.</param>
/// <param name="Index">Strip number (bank-relative when <paramref name="BankRelative"/>), <see cref="ModelAddress.Master"/>, or an action number.</param>
/// <param name="BankRelative">True when <paramref name="Index"/> counts from the surface's bank offset.</param>
/// <param name="Amount">For bank buttons the strips to move (±8, ±1); for encoders the value per step.</param>
public readonly record struct ControlBinding(
    ControlKind Kind,
    int Control,
    Parameter Parameter,
    int Index = 0,
    bool BankRelative = false,
    double Amount = 0);
