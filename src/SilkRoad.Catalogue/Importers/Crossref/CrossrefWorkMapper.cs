using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Importers.Crossref;

/// <summary>
/// Maps one work of the Crossref REST API (https://api.crossref.org/swagger-ui/index.html, "Work") to a record.
/// Fields the catalogue does not use (reference, funder, relation, indexed, score …) are never looked at.
/// </summary>
internal static partial class CrossrefWorkMapper
{
    public const string Source = "crossref";

    private const string Undetermined = Language.UndeterminedCode;

    // "published" is the earliest of print and online; "issued" is Crossref's fallback when neither is known.
    private static readonly string[] DateFields = ["published", "published-print", "published-online", "issued"];

    public static bool TryMap(JsonElement work, [NotNullWhen(true)] out ResourceRecord? record, [NotNullWhen(false)] out string? reason)
    {
        record = null;
        if (work.ValueKind != JsonValueKind.Object)
        {
            reason = $"a work must be a JSON object, not {work.ValueKind}";
            return false;
        }
        var doi = Identifier.Create(IdentifierKind.Doi, Text(work, "DOI"));
        if (doi is null)
        {
            reason = Text(work, "DOI") is { Length: > 0 } raw ? $"invalid DOI '{raw}'" : "no DOI";
            return false;
        }
        var titles = Titles(work);
        if (titles.Count == 0)
        {
            reason = $"no title (DOI {doi.Value})";
            return false;
        }

        record = new ResourceRecord
        {
            Source = Source,
            // DOIs are the key Crossref is built on, so re-importing a work finds its earlier row by it.
            SourceRecordId = doi.Value,
            Type = ResourceTypeNames.TryParse(Text(work, "type"), out var type) ? type.Value : ResourceType.Other,
            Titles = titles,
            Publisher = First(work, "container-title") ?? Clean(Text(work, "publisher")),
            Licence = LicenceUrl(work),
        };
        var abstractText = JatsText.ToPlainText(Text(work, "abstract"));
        if (abstractText.Length > 0) record.Abstracts.Add(new LocalizedText(Undetermined, abstractText));
        record.Contributors.AddRange(Authors(work));
        AddDates(work, record);
        AddIdentifiers(work, record, doi);
        record.Subjects.AddRange(Strings(work, "subject").Select(JatsText.Collapse).Where(s => s.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase));
        var language = Language.NormalizeCode(Text(work, "language"));
        if (language != Undetermined) record.Language = language;
        reason = null;
        return true;
    }

    private static List<LocalizedText> Titles(JsonElement work)
    {
        var titles = Strings(work, "title").Select(JatsText.ToPlainText).Where(t => t.Length > 0).ToList();
        if (titles.Count > 0 && First(work, "subtitle") is { } subtitle)
            titles[0] = titles[0].EndsWith(':') ? $"{titles[0]} {subtitle}" : $"{titles[0]}: {subtitle}";
        titles.AddRange(Strings(work, "original-title").Select(JatsText.ToPlainText).Where(t => t.Length > 0));
        return titles.Distinct(StringComparer.OrdinalIgnoreCase).Select(t => new LocalizedText(Undetermined, t)).ToList();
    }

    private static IEnumerable<Contributor> Authors(JsonElement work)
    {
        if (!work.TryGetProperty("author", out var authors) || authors.ValueKind != JsonValueKind.Array) yield break;
        foreach (var author in authors.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Object) continue;
            var name = PersonName(Clean(Text(author, "given")), Clean(Text(author, "family"))) ?? Clean(Text(author, "name"));
            if (name is null) continue;
            yield return new Contributor(name, Affiliation(author), Orcid: Orcid(Text(author, "ORCID")));
        }
    }

    private static string? PersonName(string? given, string? family)
    {
        if (given is null || family is null) return family ?? given;
        // Chinese, Japanese and Korean names are written family name first, without a space: 张 + 伟 is 张伟.
        return EastAsianName().IsMatch(given) && EastAsianName().IsMatch(family) ? family + given : $"{given} {family}";
    }

    private static string? Affiliation(JsonElement author)
    {
        if (!author.TryGetProperty("affiliation", out var affiliations) || affiliations.ValueKind != JsonValueKind.Array)
            return null;
        return affiliations.EnumerateArray()
            .Select(a => a.ValueKind == JsonValueKind.Object ? Clean(Text(a, "name")) : null)
            .FirstOrDefault(name => name is not null);
    }

    // Crossref writes ORCIDs as URLs (http://orcid.org/0000-0002-1825-0097); the catalogue keeps the bare id.
    private static string? Orcid(string? raw)
    {
        var match = raw is null ? null : OrcidPattern().Match(raw);
        return match is { Success: true } ? match.Value.ToUpperInvariant() : null;
    }

    private static void AddDates(JsonElement work, ResourceRecord record)
    {
        var dates = DateFields.Select(field => DateParts(work, field)).Where(d => d.Year is not null).ToList();
        if (dates.Count == 0) return;
        record.Year = dates[0].Year;
        // A full date may sit in published-print while "published" has only the month: take it if the year agrees.
        record.PublishedOn = dates.Where(d => d.Year == record.Year).Select(d => d.Date).FirstOrDefault(d => d is not null);
    }

    // "date-parts": [[2020, 5, 17]], with month and day optional and [[null]] for an unknown date.
    private static (int? Year, DateOnly? Date) DateParts(JsonElement work, string field)
    {
        if (!work.TryGetProperty(field, out var date) || date.ValueKind != JsonValueKind.Object
            || !date.TryGetProperty("date-parts", out var parts) || parts.ValueKind != JsonValueKind.Array
            || parts.GetArrayLength() == 0 || parts[0].ValueKind != JsonValueKind.Array)
            return (null, null);
        var numbers = parts[0].EnumerateArray().Select(Number).ToList();
        var year = numbers.Count > 0 ? numbers[0] : null;
        if (year is not (>= 1000 and <= 2100)) return (null, null);
        if (numbers.Count < 3 || numbers[1] is not { } month || month is < 1 or > 12 || numbers[2] is not { } day)
            return (year, null);
        return day >= 1 && day <= DateTime.DaysInMonth(year.Value, month)
            ? (year, new DateOnly(year.Value, month, day))
            : (year, null);
    }

    private static int? Number(JsonElement part) => part.ValueKind switch
    {
        JsonValueKind.Number when part.TryGetInt32(out var value) => value,
        JsonValueKind.String when int.TryParse(part.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };

    private static void AddIdentifiers(JsonElement work, ResourceRecord record, Identifier doi)
    {
        var identifiers = new List<Identifier?> { doi };
        identifiers.AddRange(Strings(work, "ISBN").Select(isbn => Identifier.Create(IdentifierKind.Isbn, isbn)));
        identifiers.AddRange(Strings(work, "ISSN").Select(issn => Identifier.Create(IdentifierKind.Issn, issn)));
        identifiers.Add(Identifier.Create(IdentifierKind.Url, Text(work, "URL")));
        record.Identifiers.AddRange(identifiers.OfType<Identifier>().Distinct());
    }

    private static string? LicenceUrl(JsonElement work)
    {
        if (!work.TryGetProperty("license", out var licences) || licences.ValueKind != JsonValueKind.Array
            || licences.GetArrayLength() == 0 || licences[0].ValueKind != JsonValueKind.Object)
            return null;
        return Clean(Text(licences[0], "URL"));
    }

    private static string? First(JsonElement work, string field) =>
        Strings(work, field).Select(JatsText.ToPlainText).FirstOrDefault(s => s.Length > 0);

    private static IEnumerable<string> Strings(JsonElement work, string field)
    {
        if (!work.TryGetProperty(field, out var value)) return [];
        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString() ?? ""),
            JsonValueKind.String => [value.GetString() ?? ""],
            _ => [],
        };
    }

    private static string? Text(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Clean(string? text) => text is null || JatsText.Collapse(text) is not { Length: > 0 } clean ? null : clean;

    [GeneratedRegex(@"\d{4}-\d{4}-\d{4}-\d{3}[\dXx]", RegexOptions.CultureInvariant)]
    private static partial Regex OrcidPattern();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}·・]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsianName();
}
