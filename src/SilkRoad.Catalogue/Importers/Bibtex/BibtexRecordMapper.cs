using System.Globalization;
using System.Text.RegularExpressions;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>Maps a parsed BibTeX (or biblatex) entry to a <see cref="ResourceRecord"/>.</summary>
internal static partial class BibtexRecordMapper
{
    private const string Undetermined = Language.UndeterminedCode;

    /// <summary>The record, or null with the reason when the entry cannot make one.</summary>
    public static ResourceRecord? Map(BibtexEntry entry, string source, out string? error)
    {
        error = null;
        var title = Text(entry, "title");
        if (title is null)
        {
            error = "no title";
            return null;
        }

        var record = new ResourceRecord
        {
            Source = source,
            SourceRecordId = entry.Key,
            Type = ResourceTypeNames.TryParse(entry.Type, out var type) ? type.Value : ResourceType.Other,
            Publisher = Text(entry, "journal") ?? Text(entry, "journaltitle") ?? Text(entry, "booktitle")
                ?? Text(entry, "publisher") ?? Text(entry, "institution") ?? Text(entry, "school")
                ?? Text(entry, "organization"),
        };
        record.Titles.Add(new LocalizedText(Undetermined, title));
        if (Text(entry, "abstract") is { } summary) record.Abstracts.Add(new LocalizedText(Undetermined, summary));

        foreach (var keyword in Split(Text(entry, "keywords") ?? Text(entry, "keyword"), ',', ';'))
        {
            record.Keywords.Add(new LocalizedText(Undetermined, keyword));
        }

        // Editors stand in only when there is no author: the editors of a proceedings did not write its papers.
        var names = Names(entry, "author");
        if (names.Count == 0) names = Names(entry, "editor");
        record.Contributors.AddRange(names.Select(name => new Contributor(name)));

        AddDates(entry, record);
        AddIdentifiers(entry, record);

        // biblatex names the language in "langid"; BibTeX styles read "language".
        if (entry.Fields.TryGetValue("language", out var language) || entry.Fields.TryGetValue("langid", out language))
        {
            var code = Language.NormalizeCode(LatexDecoder.Decode(language));
            if (code != Undetermined) record.Language = code;
        }
        return record;
    }

    private static void AddDates(BibtexEntry entry, ResourceRecord record)
    {
        var date = Verbatim(entry, "date");
        // biblatex writes a full date as ISO 8601; BibTeX's month field without a day gives no exact date.
        if (date is not null && DateOnly.TryParseExact(date.Length >= 10 ? date[..10] : date, "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var publishedOn))
        {
            record.PublishedOn = publishedOn;
        }

        var yearMatch = YearPattern().Match(Verbatim(entry, "year") ?? date ?? string.Empty);
        if (yearMatch.Success) record.Year = int.Parse(yearMatch.Value, CultureInfo.InvariantCulture);
        else if (record.PublishedOn is { } day) record.Year = day.Year;
    }

    private static void AddIdentifiers(BibtexEntry entry, ResourceRecord record)
    {
        void Add(IdentifierKind kind, string? raw)
        {
            if (Identifier.Create(kind, raw) is { } identifier && !record.Identifiers.Contains(identifier))
            {
                record.Identifiers.Add(identifier);
            }
        }

        Add(IdentifierKind.Doi, Verbatim(entry, "doi"));
        foreach (var isbn in Split(Verbatim(entry, "isbn"), ',', ';')) Add(IdentifierKind.Isbn, isbn);
        foreach (var issn in Split(Verbatim(entry, "issn"), ',', ';')) Add(IdentifierKind.Issn, issn);

        var archive = Verbatim(entry, "archiveprefix") ?? Verbatim(entry, "eprinttype");
        if (string.Equals(archive, "arxiv", StringComparison.OrdinalIgnoreCase)) Add(IdentifierKind.ArxivId, Verbatim(entry, "eprint"));

        if (record.Type == ResourceType.Patent) Add(IdentifierKind.PatentNumber, Verbatim(entry, "number"));
        Add(IdentifierKind.Url, Verbatim(entry, "url"));
    }

    /// <summary>A decoded text field with whitespace collapsed, or null when it is absent or empty.</summary>
    private static string? Text(BibtexEntry entry, string field) =>
        entry.Fields.TryGetValue(field, out var raw) ? Clean(LatexDecoder.Decode(raw)) : null;

    private static string? Verbatim(BibtexEntry entry, string field) =>
        entry.Fields.TryGetValue(field, out var raw) ? Clean(LatexDecoder.DecodeVerbatim(raw)) : null;

    private static string? Clean(string text) => TextCleaner.Collapse(text);

    private static string[] Split(string? value, params char[] separators) =>
        value is null ? [] : value.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    // BibTeX separates names with "and" between spaces at brace depth 0: {Barnes and Noble} is one name.
    private static List<string> Names(BibtexEntry entry, string field)
    {
        var names = new List<string>();
        if (!entry.Fields.TryGetValue(field, out var raw)) return names;

        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\') i++;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && char.IsWhiteSpace(c) && IsAndAt(raw, i + 1))
            {
                AddName(names, raw[start..i]);
                i += 4;
                start = i;
            }
        }
        AddName(names, raw[start..]);
        return names;
    }

    private static bool IsAndAt(string raw, int i) =>
        i + 4 <= raw.Length && raw.AsSpan(i, 3).Equals("and", StringComparison.OrdinalIgnoreCase)
        && char.IsWhiteSpace(raw[i + 3]);

    private static void AddName(List<string> names, string raw)
    {
        // "and others" is BibTeX for "et al.", not a person.
        if (Clean(LatexDecoder.Decode(raw)) is { } name && !name.Equals("others", StringComparison.OrdinalIgnoreCase))
        {
            names.Add(name);
        }
    }

    [GeneratedRegex(@"(?<!\d)[12]\d{3}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
