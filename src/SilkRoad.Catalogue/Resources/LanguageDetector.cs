using Lingua;
using SilkRoad.Core.Languages;
using LinguaLanguage = Lingua.Language;
using WorkingLanguage = SilkRoad.Core.Languages.Language;

namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// Detects which of the six working languages a text is in. The script decides at once for Chinese (Han), Arabic
/// and Russian (Cyrillic); only Latin-script text needs a statistical model, and that model is restricted to English,
/// French and Spanish and built on first use (about a second and a few hundred MB, paid only when untagged Latin text
/// arrives). With a hint that the script agrees with, the model is not consulted at all: that keeps tagged imports at
/// a few hundred nanoseconds a value instead of a few hundred microseconds.
/// </summary>
public sealed class LanguageDetector
{
    private readonly Lazy<Lingua.LanguageDetector> _latin = new(() => LanguageDetectorBuilder
        .FromLanguages(LinguaLanguage.English, LinguaLanguage.French, LinguaLanguage.Spanish)
        .WithPreloadedLanguageModels()
        .Build());

    /// <summary>The language of <paramref name="text"/>, or null when it cannot be told.</summary>
    /// <param name="text">The value to detect.</param>
    /// <param name="hint">The language the source stated for the record, if any.</param>
    public string? Detect(string text, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var script = ScriptOf(text);
        if (script == Script.None) return hint;
        if (script != Script.Latin) return ScriptLanguage(script);
        if (hint is not null && !IsNonLatinWorkingLanguage(hint)) return hint;
        return _latin.Value.DetectLanguageOf(text) switch
        {
            LinguaLanguage.English => WorkingLanguage.En.Code,
            LinguaLanguage.French => WorkingLanguage.Fr.Code,
            LinguaLanguage.Spanish => WorkingLanguage.Es.Code,
            _ => null,
        };
    }

    private static bool IsNonLatinWorkingLanguage(string code) =>
        code == WorkingLanguage.Zh.Code || code == WorkingLanguage.Ar.Code || code == WorkingLanguage.Ru.Code;

    private static string ScriptLanguage(Script script) => script switch
    {
        Script.Han => WorkingLanguage.Zh.Code,
        Script.Arabic => WorkingLanguage.Ar.Code,
        _ => WorkingLanguage.Ru.Code,
    };

    // The first few hundred characters tell the script as well as the whole text: an abstract need not be read to its end.
    private const int ScriptSample = 400;

    private static Script ScriptOf(string text)
    {
        int han = 0, arabic = 0, cyrillic = 0, latin = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, ScriptSample)))
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') han++;
            else if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF') arabic++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F') latin++;
        }
        // A Chinese title with a Latin acronym ("5G 网络") is Chinese: one Han character weighs as a word.
        han *= 3;
        var most = Math.Max(Math.Max(han, arabic), Math.Max(cyrillic, latin));
        if (most == 0) return Script.None;
        if (most == han) return Script.Han;
        if (most == arabic) return Script.Arabic;
        return most == cyrillic ? Script.Cyrillic : Script.Latin;
    }

    private enum Script
    {
        None,
        Han,
        Arabic,
        Cyrillic,
        Latin,
    }
}
