namespace ControlSurface.Host.Demo;

/// <summary>The embedded default configuration `controlsurface demo` runs: a simulated board and the built-in mixer.</summary>
internal static class DemoConfig
{
    public const string Source = "(built-in demo configuration)";

    public const string Yaml = """
        engine:
          strips: 32
          timecodeFps: 25
          stripNames: [Kick, Snare, Hi-Hat, Tom 1, Tom 2, OH L, OH R, Bass DI,
                       Gtr L, Gtr R, Keys, Pad, Lead Vox, Harm Vox, FX Ret 1, FX Ret 2]
        surfaces:
          - kind: simulated-board
            name: sim board
            faders: 8
            pads: 16
            hand: scripted
        targets:
          - kind: builtin-mixer
            name: built-in mixer
            automation: [5, 6, 7, 8, 13, 14]
        """;
}
