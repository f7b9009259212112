namespace ControlSurface.Host.Config;

/// <summary>One entry under `surfaces:` or `targets:`, parsed and checked.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name (unique in the file).</param>
/// <param name="Settings">What <see cref="IComponentKind.Parse"/> returned.</param>
/// <param name="Fingerprint">The entry's values and the contents of the files it uses: equal fingerprints mean a reload can keep it running.</param>
/// <param name="Files">Files besides the configuration that its settings come from (full paths).</param>
/// <param name="Feedback">A surface's `feedback:` settings (options and calibration), applied to the surfaces it registers.</param>
internal sealed record ComponentConfig(IComponentKind Kind, string Name, object Settings, string Fingerprint = "", IReadOnlyList<string>? Files = null, SurfaceFeedbackConfig? Feedback = null);
