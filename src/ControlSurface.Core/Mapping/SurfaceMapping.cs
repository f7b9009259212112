using ControlSurface.Core.Engine;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Mapping;

/// <summary>All of a surface's bindings, looked up by control in constant time.</summary>
/// <remarks>Immutable after construction; the lookup tables are built once so dispatch allocates nothing.</remarks>
public sealed class SurfaceMapping
{
    private readonly ControlBinding?[][] _byKind;
    private readonly Dictionary<(Parameter, int), int> _ledForButton = [];

    /// <summary>Builds the lookup tables; a control bound twice is a configuration error.</summary>
    public SurfaceMapping(IEnumerable<ControlBinding> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        Bindings = [.. bindings];
        _byKind = new ControlBinding?[4][];
        for (var k = 0; k < 4; k++)
        {
            var max = -1;
            foreach (var b in Bindings)
            {
                if ((int)b.Kind == k)
                    max = Math.Max(max, b.Control);
            }
            _byKind[k] = new ControlBinding?[max + 1];
        }
        foreach (var b in Bindings)
        {
            if (b.Control < 0)
                throw new ArgumentException($"{b.Kind} {b.Control}: control numbers start at 0", nameof(bindings));
            ref var slot = ref _byKind[(int)b.Kind][b.Control];
            if (slot is not null)
                throw new ArgumentException($"{b.Kind} {b.Control} is bound twice ({slot.Value.Parameter} and {b.Parameter})", nameof(bindings));
            slot = b;
            if (b.Kind == ControlKind.Button)
                _ledForButton.TryAdd((b.Parameter, b.BankRelative ? b.Index : b.Index), b.Control);
        }
        FaderWidth = 0;
        foreach (var b in Bindings)
        {
            if (b.Kind == ControlKind.Fader && b.Parameter == Parameter.Fader && b.BankRelative)
                FaderWidth = Math.Max(FaderWidth, b.Index + 1);
            if (b is { Kind: ControlKind.Fader, Parameter: Parameter.Fader, BankRelative: false, Index: ModelAddress.Master })
                MasterFader ??= b.Control;
        }
    }

    /// <summary>The bindings as given.</summary>
    public IReadOnlyList<ControlBinding> Bindings { get; }

    /// <summary>How many bank-relative strip faders the surface has: its bank width.</summary>
    public int FaderWidth { get; }

    /// <summary>The fader bound to the master strip, if any (it shows the master whatever the bank).</summary>
    public int? MasterFader { get; }

    /// <summary>Finds the binding of a control, if any.</summary>
    public bool TryGet(ControlKind kind, int control, out ControlBinding binding)
    {
        var table = _byKind[(int)kind];
        if ((uint)control < (uint)table.Length && table[control] is { } b)
        {
            binding = b;
            return true;
        }
        binding = default;
        return false;
    }

    /// <summary>The button whose LED shows <paramref name="parameter"/> for (bank-relative) index <paramref name="index"/>.</summary>
    public bool TryGetButtonLed(Parameter parameter, int index, out int button) =>
        _ledForButton.TryGetValue((parameter, index), out button);

    /// <summary>The control kind a control event comes from.</summary>
    public static ControlKind KindOf(ControlEventKind kind) => kind switch
    {
        ControlEventKind.FaderMoved or ControlEventKind.FaderTouched or ControlEventKind.FaderReleased => ControlKind.Fader,
        ControlEventKind.PadHit or ControlEventKind.PadPressure => ControlKind.Pad,
        ControlEventKind.ButtonDown or ControlEventKind.ButtonUp => ControlKind.Button,
        _ => ControlKind.Encoder,
    };
}
