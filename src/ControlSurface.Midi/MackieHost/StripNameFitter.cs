using System.Text;

namespace ControlSurface.Midi.MackieHost;

/// <summary>Fits a track name into a scribble strip's few characters (7 on a Mackie Control) by readable rules.</summary>
/// <remarks>
/// <para>Rules, applied one step at a time and only while the name is still too long:</para>
/// <list type="number">
/// <item>Transliterate into the MCU character set (<see cref="McuCharacters"/>); a name that fits is kept as it is.</item>
/// <item>Drop spaces and punctuation, capitalising each word's first letter ("Kick in" → "KickIn").</item>
/// <item>Collapse doubled letters, last first ("Cello" → "Celo").</item>
/// <item>Drop lowercase vowels before a consonant, one vowel run at a time from the end of the name; a word's
/// first letter is never dropped ("Overhead" → "Overhd").</item>
/// <item>Shorten the longest word by its last letter (the later word on a tie, so the start of the name
/// survives); digits are never removed ("Backing Vox 3" → "BcknVx3").</item>
/// <item>If only digits are left and still too long, keep the start.</item>
/// </list>
/// <para>Deterministic and pure; allocates (names change rarely).</para>
/// </remarks>
public static class StripNameFitter
{
    /// <summary>Characters per strip and line on a Mackie Control.</summary>
    public const int McuWidth = 7;

    /// <summary>Fits <paramref name="name"/> into <paramref name="width"/> characters (never padded).</summary>
    public static string Fit(string name, int width = McuWidth)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var text = McuCharacters.Transliterate(name).Trim();
        if (text.Length <= width)
            return text;
        var words = Words(text);
        if (Length(words) <= width)
            return string.Concat(words);
        if (Shrink(words, width, CollapseDouble) || Shrink(words, width, DropVowelRun) || Shrink(words, width, CutLongest))
            return string.Concat(words);
        var joined = string.Concat(words);
        return joined.Length <= width ? joined : joined[..width];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\'' or '`')
                continue; // "Bela's" is one word
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(current.Length == 0 ? char.ToUpperInvariant(c) : c);
                continue;
            }
            if (current.Length > 0)
                words.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0)
            words.Add(current.ToString());
        return words;
    }

    private static int Length(List<string> words) => words.Sum(w => w.Length);

    /// <summary>Applies <paramref name="step"/> until the words fit (true) or the step has nothing left to do (false).</summary>
    private static bool Shrink(List<string> words, int width, Func<List<string>, bool> step)
    {
        while (Length(words) > width)
        {
            if (!step(words))
                return false;
        }
        return true;
    }

    private static bool CollapseDouble(List<string> words)
    {
        for (var w = words.Count - 1; w >= 0; w--)
        {
            var word = words[w];
            for (var i = word.Length - 1; i > 0; i--)
            {
                if (char.IsAsciiLetter(word[i]) && char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 1]))
                {
                    words[w] = word.Remove(i, 1);
                    return true;
                }
            }
        }
        return false;
    }

    private static bool DropVowelRun(List<string> words)
    {
        for (var w = words.Count - 1; w >= 0; w--)
        {
            var word = words[w];
            for (var end = word.Length - 2; end >= 1; end--)
            {
                if (!IsLowerVowel(word[end]) || !IsConsonant(word[end + 1]))
                    continue;
                var start = end;
                while (start > 1 && IsLowerVowel(word[start - 1]))
                    start--;
                words[w] = word.Remove(start, end - start + 1);
                return true;
            }
        }
        return false;
    }

    private static bool CutLongest(List<string> words)
    {
        var best = -1;
        var bestLetters = 1; // a word keeps at least its first letter
        for (var w = 0; w < words.Count; w++)
        {
            var letters = words[w].Count(char.IsAsciiLetter);
            if (letters >= bestLetters && letters > 1)
            {
                best = w;
                bestLetters = letters;
            }
        }
        if (best < 0)
            return false;
        var word = words[best];
        for (var i = word.Length - 1; i > 0; i--)
        {
            if (char.IsAsciiLetter(word[i]))
            {
                words[best] = word.Remove(i, 1);
                return true;
            }
        }
        return false;
    }

    private static bool IsLowerVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => char.IsAsciiLetter(c) && !IsLowerVowel(char.ToLowerInvariant(c));
}
