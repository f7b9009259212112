using System.Text;

namespace ControlSurface.Midi.MackieHost;

/// <summary>Turns any text into characters a Mackie Control scribble strip can show.</summary>
/// <remarks>
/// The MCU LCD shows printable ASCII (0x20..0x7E). Accented Latin letters become their base letter
/// ("Béla" → "Bela"), ligatures and special letters their usual spelling (ß → ss, æ → ae, ø → o, ł → l);
/// anything else outside ASCII (emoji, other scripts) is dropped. Written without Unicode normalisation
/// tables because the program runs with invariant globalisation.
/// </remarks>
public static class McuCharacters
{
    private const string From = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžÐð";
    private const string To = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZzDd";

    /// <summary>The text with every character mapped into the MCU set (may be longer: ß → ss).</summary>
    public static string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~')
            {
                sb.Append(c);
                continue;
            }
            var i = From.IndexOf(c, StringComparison.Ordinal);
            if (i >= 0)
            {
                sb.Append(To[i]);
                continue;
            }
            sb.Append(c switch
            {
                'ß' => "ss",
                'Æ' => "AE",
                'æ' => "ae",
                'Œ' => "OE",
                'œ' => "oe",
                'Þ' => "TH",
                'þ' => "th",
                '\t' or '\u00A0' => " ",
                '‘' or '’' => "'",
                '“' or '”' => "\"",
                '–' or '—' => "-",
                _ => "",
            });
        }
        return sb.ToString();
    }
}
