namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// Gives every title, abstract and keyword of a record a language tag. A value keeps the tag its source gave. An
/// untagged value takes the record's stated language when its script agrees, else is detected from its own text (an
/// English abstract in a Chinese journal is common), and is marked as detected whenever the tag is not the source's.
/// </summary>
public sealed class LanguageTagger(LanguageDetector detector)
{
    private const string Undetermined = Core.Languages.Language.UndeterminedCode;

    public void Tag(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stated = record.Language is null ? null : Core.Languages.Language.NormalizeCode(record.Language);
        if (stated == Undetermined) stated = null;
        TagEach(record.Titles, stated, stated is not null);
        TagEach(record.Abstracts, stated, stated is not null);
        // Keywords are too short to detect well: without a stated language they follow the first title.
        var keywordHint = stated ?? record.Titles.Select(t => t.Language).FirstOrDefault(l => l != Undetermined);
        TagEach(record.Keywords, keywordHint, stated is not null);
    }

    private void TagEach(List<LocalizedText> values, string? hint, bool hintIsStated)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.Language != Undetermined) continue;
            var language = detector.Detect(value.Text, hint) ?? Undetermined;
            values[i] = value with { Language = language, Detected = !hintIsStated || language != hint };
        }
    }
}
