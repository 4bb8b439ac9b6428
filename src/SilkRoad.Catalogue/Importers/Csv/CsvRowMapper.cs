using System.Globalization;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Countries;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;
using CsvFile = CsvHelper.CsvReader;

namespace SilkRoad.Catalogue.Importers.Csv;

/// <summary>Turns the current row of a CSV file into a record, or into the error that names its line and why.</summary>
internal sealed class CsvRowMapper(CsvColumns columns, string fileName)
{
    // Lists in Chinese and Arabic text use their own punctuation: full-width ； and ， and Arabic ؛ and ،.
    private static readonly char[] Semicolons = [';', '；', '؛'];
    private static readonly char[] Commas = [',', '，', '،'];

    private readonly string _source = "csv:" + fileName;

    public ParseResult Map(CsvFile csv)
    {
        var line = csv.LineNumber;
        if (csv.FieldCount != columns.Count)
            return Fail(line, $"the row has {csv.FieldCount} fields where the header has {columns.Count}");

        string Field(string name) => columns.IndexOf(name) is var i and >= 0 ? csv.GetString(i).Trim() : "";

        var id = Field("id");
        if (id.Length == 0) return Fail(line, "no id");
        var title = Collapse(Field("title"));
        if (title.Length == 0) return Fail(line, $"no title (id '{id}')");
        var type = ResourceType.Other;
        if (Field("type") is { Length: > 0 } typeName)
        {
            if (!ResourceTypeNames.TryParse(typeName, out var parsed)) return Fail(line, $"unknown type '{typeName}'");
            type = parsed.Value;
        }
        int? year = null;
        if (Field("year") is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1000 or > 2100)
                return Fail(line, $"year '{yearText}' is not a year between 1000 and 2100");
            year = value;
        }

        // The language column states the language of this row's title, abstract and keywords.
        var language = Language.NormalizeCode(Field("language"));
        var record = new ResourceRecord
        {
            Source = _source,
            SourceRecordId = id,
            Type = type,
            Year = year,
            Publisher = Collapse(Field("source")) is { Length: > 0 } source ? source : null,
            Language = language == Language.UndeterminedCode ? null : language,
        };
        record.Titles.Add(new LocalizedText(language, title));
        if (Collapse(Field("abstract")) is { Length: > 0 } abstractText)
            record.Abstracts.Add(new LocalizedText(language, abstractText));
        var keywords = Field("keywords");
        var keywordSeparators = keywords.IndexOfAny(Semicolons) >= 0 ? Semicolons : Commas;
        record.Keywords.AddRange(Split(keywords, keywordSeparators).Select(k => new LocalizedText(language, k)));
        record.Contributors.AddRange(Split(Field("authors"), Semicolons).Select(name => new Contributor(name)));
        if (Identifier.Create(IdentifierKind.Doi, Field("doi")) is { } doi) record.Identifiers.Add(doi);
        // A country the lookup does not know is dropped: the rest of the row is still worth having.
        foreach (var country in Split(Field("country"), Semicolons))
        {
            if (CountryCodes.TryNormalize(country, out var code) && !record.Countries.Contains(code))
                record.Countries.Add(code);
        }
        return ParseResult.Ok(record);
    }

    private ParseResult Fail(long line, string reason) => ParseResult.Fail(new ImportError(fileName, line, reason));

    private static IEnumerable<string> Split(string text, char[] separators) =>
        text.Split(separators).Select(Collapse).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    private static string Collapse(string text) => TextCleaner.Collapse(text) ?? "";
}
