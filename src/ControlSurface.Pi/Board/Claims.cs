namespace ControlSurface.Pi.Board;

/// <summary>Who holds each resource (address, pin, channel, control number); a second claim is a mistake.</summary>
internal sealed class Claims(List<(string Path, string Message)> problems, Func<string, string> where)
{
    private readonly Dictionary<string, (string Path, string Owner, bool Shared)> _held = new(StringComparer.Ordinal);

    /// <summary>Claims <paramref name="resource"/> for <paramref name="owner"/> alone.</summary>
    public void Claim(string resource, string path, string owner) => Take(resource, path, owner, shared: false);

    /// <summary>Claims <paramref name="resource"/> for an owner that may claim it again (a bus's pins, claimed by every chip on it).</summary>
    public void Share(string resource, string path, string owner) => Take(resource, path, owner, shared: true);

    private void Take(string resource, string path, string owner, bool shared)
    {
        if (!_held.TryGetValue(resource, out var holder))
        {
            _held[resource] = (path, owner, shared);
            return;
        }
        if (shared && holder.Shared && holder.Owner == owner)
            return;
        problems.Add((path, $"{resource} is already used by {holder.Owner} ({where(holder.Path)})"));
    }
}
