using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Countries;
using SilkRoad.Core.Languages;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>Maps one OAI-PMH <c>&lt;record&gt;</c> carrying simple Dublin Core (oai_dc) to a <see cref="ResourceRecord"/>.</summary>
internal static partial class OaiDcRecordMapper
{
    private static readonly XNamespace Oai = OaiPmhNamespaces.Oai;
    private static readonly XNamespace Dc = OaiPmhNamespaces.Dc;

    public static ParseResult Map(XElement record, long line, string fileName, string source)
    {
        var header = record.Element(Oai + "header");
        var id = Collapse(header?.Element(Oai + "identifier")?.Value);
        if (header is null || id is null) return Fail("the record header has no identifier");

        // OAI-PMH 2.0 §2.5.1: a deleted record has a header only; its metadata is gone at the source.
        if (header.Attribute("status")?.Value == "deleted")
            return ParseResult.Ok(new ResourceRecord { Source = source, SourceRecordId = id, Deleted = true });

        var metadata = record.Element(Oai + "metadata");
        if (metadata is null) return Fail($"record {id} has no metadata");
        var dc = metadata.Element(OaiPmhNamespaces.OaiDc + "dc");
        if (dc is null)
        {
            var found = metadata.Elements().FirstOrDefault()?.Name.ToString() ?? "nothing";
            return Fail($"record {id} carries {found}, not oai_dc metadata");
        }

        var resource = new ResourceRecord { Source = source, SourceRecordId = id };
        AddTexts(resource.Titles, dc.Elements(Dc + "title"));
        if (resource.Titles.Count == 0) return Fail($"record {id} has no title");
        AddTexts(resource.Abstracts, dc.Elements(Dc + "description"));
        AddSubjects(resource, dc.Elements(Dc + "subject"));
        foreach (var name in Values(dc, "creator").Concat(Values(dc, "contributor")).Distinct(StringComparer.Ordinal))
            resource.Contributors.Add(new Contributor(name));
        SetDate(resource, Values(dc, "date"));
        resource.Type = OaiDcTypes.Read(Values(dc, "type"));
        foreach (var identifier in Values(dc, "identifier").SelectMany(OaiDcIdentifiers.Read).Distinct())
            resource.Identifiers.Add(identifier);
        resource.Publisher = Values(dc, "publisher").FirstOrDefault();
        resource.Language = Values(dc, "language").Select(Language.NormalizeCode)
            .FirstOrDefault(code => code != Language.UndeterminedCode);
        resource.Licence = Licence(Values(dc, "rights"));
        foreach (var place in Values(dc, "coverage").SelectMany(v => v.Split([';', ','], StringSplitOptions.TrimEntries)))
        {
            if (CountryCodes.TryNormalize(place, out var country) && !resource.Countries.Contains(country))
                resource.Countries.Add(country);
        }
        return ParseResult.Ok(resource);

        ParseResult Fail(string reason) => ParseResult.Fail(new ImportError(fileName, line, reason));
    }

    public static string? Collapse(string? text) => TextCleaner.Collapse(text);

    private static IEnumerable<string> Values(XElement dc, string name) =>
        dc.Elements(Dc + name).Select(e => Collapse(e.Value)).OfType<string>();

    private static void AddTexts(List<LocalizedText> texts, IEnumerable<XElement> elements)
    {
        foreach (var element in elements)
        {
            if (Collapse(element.Value) is not { } text) continue;
            var value = new LocalizedText(LanguageOf(element), text);
            if (!texts.Contains(value)) texts.Add(value);
        }
    }

    // Repositories often put several keywords in one dc:subject, separated by semicolons.
    private static void AddSubjects(ResourceRecord resource, IEnumerable<XElement> elements)
    {
        foreach (var element in elements)
        {
            var language = LanguageOf(element);
            foreach (var part in (Collapse(element.Value) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var keyword = new LocalizedText(language, part);
                if (!resource.Keywords.Contains(keyword)) resource.Keywords.Add(keyword);
                if (!resource.Subjects.Contains(part, StringComparer.Ordinal)) resource.Subjects.Add(part);
            }
        }
    }

    // xml:lang is inherited (XML 1.0 §2.12), so a tag on oai_dc:dc covers every element below it.
    private static string LanguageOf(XElement element)
    {
        var tag = element.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")?.Value)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        return Language.NormalizeCode(tag);
    }

    // A record may carry several dc:date values (DSpace writes issued, accessioned and available). Publication comes
    // before deposit, so the earliest year wins, with its earliest full date if one is given.
    private static void SetDate(ResourceRecord resource, IEnumerable<string> values)
    {
        var dates = values.Select(ParseDate).Where(d => d.Year is not null).ToList();
        if (dates.Count == 0) return;
        var year = dates.Min(d => d.Year);
        resource.Year = year;
        resource.PublishedOn = dates.Where(d => d.Year == year && d.Date is not null).Min(d => d.Date);
    }

    private static (int? Year, DateOnly? Date) ParseDate(string value)
    {
        var match = IsoDate().Match(value);
        if (!match.Success) return (null, null);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["day"].Success) return (year, null);
        return DateOnly.TryParseExact(match.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (year, date)
            : (year, null);
    }

    // dc:rights mixes access rights (info:eu-repo/semantics/openAccess) with the licence; only the licence is kept,
    // its URL when the record gives one.
    private static string? Licence(IEnumerable<string> values)
    {
        var licences = values.Where(v => !v.StartsWith("info:eu-repo/semantics/", StringComparison.OrdinalIgnoreCase)).ToList();
        return licences.FirstOrDefault(v => v.StartsWith("http", StringComparison.OrdinalIgnoreCase)) ?? licences.FirstOrDefault();
    }

    // YYYY, YYYY-MM, YYYY-MM-DD or a full ISO 8601 date-time (W3CDTF, as the oai_dc schema recommends).
    [GeneratedRegex(@"^(?<year>[12]\d{3})(-(?<month>\d{2})(-(?<day>\d{2})(T\S*)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
