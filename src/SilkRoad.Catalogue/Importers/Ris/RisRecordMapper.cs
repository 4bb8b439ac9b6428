using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Importers.Ris;

/// <summary>Maps the tagged fields of one RIS record to a <see cref="ResourceRecord"/>.</summary>
internal static partial class RisRecordMapper
{
    private const string Undetermined = Language.UndeterminedCode;

    /// <summary>The record, or null with the reason when the fields cannot make one.</summary>
    /// <param name="recordNumber">1-based position of the record in its file, used only for an id when it has none.</param>
    public static ResourceRecord? Map(IReadOnlyList<RisField> fields, string source, int recordNumber, out string? error)
    {
        error = null;
        var title = First(fields, "TI") ?? First(fields, "T1");
        if (title is null)
        {
            error = "no title";
            return null;
        }

        var record = new ResourceRecord
        {
            Source = source,
            SourceRecordId = First(fields, "ID") ?? First(fields, "AN") ?? FallbackId(recordNumber, title),
            Type = ResourceTypeNames.TryParse(First(fields, "TY"), out var type) ? type.Value : ResourceType.Other,
            // JF is the full journal name and JO often an abbreviation; T2 is the book or conference of a chapter or paper.
            Publisher = First(fields, "JF") ?? First(fields, "JO") ?? First(fields, "T2") ?? First(fields, "PB")
                ?? First(fields, "JA"),
        };
        record.Titles.Add(new LocalizedText(Undetermined, title));
        if ((First(fields, "AB") ?? First(fields, "N2")) is { } summary)
        {
            record.Abstracts.Add(new LocalizedText(Undetermined, summary));
        }

        foreach (var keyword in All(fields, "KW").SelectMany(k => Split(k, ';')).Distinct(StringComparer.Ordinal))
        {
            record.Keywords.Add(new LocalizedText(Undetermined, keyword));
        }

        // A2 (editors, secondary authors) and A3/A4 are not the resource's authors.
        foreach (var name in All(fields, "AU", "A1").Distinct(StringComparer.Ordinal))
        {
            record.Contributors.Add(new Contributor(name));
        }

        AddDates(fields, record);
        AddIdentifiers(fields, record);

        var language = Language.NormalizeCode(First(fields, "LA"));
        if (language != Undetermined) record.Language = language;
        return record;
    }

    // The id must not change between imports of one file, so it is built from the position and title, never at random.
    private static string FallbackId(int recordNumber, string title)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)));
        return string.Create(CultureInfo.InvariantCulture, $"record-{recordNumber}-{hash[..12]}");
    }

    private static void AddDates(IReadOnlyList<RisField> fields, ResourceRecord record)
    {
        var dates = new[] { First(fields, "PY"), First(fields, "Y1"), First(fields, "DA") }
            .Select(ParseDate).Where(d => d.Year is not null).ToList();
        if (dates.Count == 0) return;
        record.Year = dates[0].Year;
        // DA is the full date where PY holds only the year; either may carry the day.
        record.PublishedOn = dates.Select(d => d.Day).LastOrDefault(d => d is not null);
    }

    // RIS dates are "YYYY/MM/DD/other" with empty parts allowed ("2020///"); some exporters write ISO "2020-05-17".
    private static (int? Year, DateOnly? Day) ParseDate(string? text)
    {
        if (text is null) return (null, null);
        var match = DatePattern().Match(text);
        if (!match.Success) return (null, null);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["m"].Success || !match.Groups["d"].Success) return (year, null);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return (year, valid ? new DateOnly(year, month, day) : null);
    }

    private static void AddIdentifiers(IReadOnlyList<RisField> fields, ResourceRecord record)
    {
        void Add(IdentifierKind kind, string? raw)
        {
            if (Identifier.Create(kind, raw) is { } identifier && !record.Identifiers.Contains(identifier))
            {
                record.Identifiers.Add(identifier);
            }
        }

        foreach (var doi in All(fields, "DO")) Add(IdentifierKind.Doi, doi);

        // SN holds an ISBN for books and an ISSN for serials, told apart by their count of digits; for a patent it is
        // the patent number (as Zotero and EndNote write it), whose commas ("US 7,654,321 B2") separate nothing.
        var serialNumbers = All(fields, "SN");
        if (record.Type == ResourceType.Patent)
        {
            foreach (var number in serialNumbers) Add(IdentifierKind.PatentNumber, number);
            serialNumbers = [];
        }
        foreach (var number in serialNumbers.SelectMany(StandardNumbers))
        {
            var digits = number.Count(c => char.IsAsciiDigit(c) || c is 'X' or 'x');
            if (digits == 8) Add(IdentifierKind.Issn, number);
            else if (digits is 10 or 13) Add(IdentifierKind.Isbn, number);
        }

        foreach (var url in All(fields, "UR").SelectMany(u => u.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries)))
        {
            Add(IdentifierKind.Url, url);
        }
    }

    // "0378-7753; 1873-2755", "978-7-111-11111-1 (pbk.)", or two ISSNs split only by a space.
    private static IEnumerable<string> StandardNumbers(string value)
    {
        foreach (var piece in Split(value, ';', ','))
        {
            if (piece.Count(char.IsAsciiDigit) <= 13) yield return piece;
            else foreach (var part in piece.Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return part;
        }
    }

    private static string? First(IReadOnlyList<RisField> fields, string tag) => All(fields, tag).FirstOrDefault();

    /// <summary>The non-empty values of the tags, in file order, whitespace collapsed.</summary>
    private static IEnumerable<string> All(IReadOnlyList<RisField> fields, params string[] tags) =>
        fields.Where(f => tags.Contains(f.Tag, StringComparer.Ordinal))
            .Select(f => TextCleaner.Collapse(f.Value))
            .OfType<string>();

    private static string[] Split(string value, params char[] separators) =>
        value.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^(?<y>\d{4})(?:[/\-](?<m>\d{1,2})?(?:[/\-](?<d>\d{1,2})?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
