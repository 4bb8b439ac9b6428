using System.Text;
using Lucene.Net.Search.Highlight;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// Escapes only what HTML needs (<c>&amp; &lt; &gt; " '</c>). Lucene's SimpleHTMLEncoder writes every non-ASCII
/// character as a numeric entity, which makes a Chinese or Arabic snippet six times larger and unreadable as source.
/// </summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public static MinimalHtmlEncoder Instance { get; } = new();

    public string EncodeText(string originalText)
    {
        if (string.IsNullOrEmpty(originalText)) return "";
        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
