using System.Globalization;
using System.Text;
using System.Text.Json;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Importers.OpenAlex;

/// <summary>
/// Reads OpenAlex works from JSON bytes in one forward pass of <see cref="Utf8JsonReader"/>: the fields we map are
/// picked out as they pass, everything else (references, locations, counts by year: most of a snapshot line) is
/// skipped without building a document. Keeps per-work state and buffers, so each read of a file owns one parser.
/// </summary>
internal sealed class OpenAlexWorkParser(string fileName)
{
    private const string SourceName = "openalex";

    // Older snapshots tag every work with dozens of concepts; below this score they are guesses, not subjects.
    private const double MinimumConceptScore = 0.3;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private readonly InvertedAbstract _abstract = new();
    private readonly List<string> _institutionCountries = [];

    private string? _id, _doi, _idsDoi, _title, _displayName, _language, _abstractText;
    private ResourceType? _type;
    private int? _year;
    private DateOnly? _publishedOn;
    private string? _publisher, _hostVenue, _licence, _bestOaLicence, _hostVenueLicence;
    private List<Contributor>? _contributors;
    private List<string>? _countries, _topics, _concepts;
    private List<LocalizedText>? _keywords;

    private enum Field
    {
        Other, Id, Doi, Ids, Title, DisplayName, Year, Date, Language, Type, Authorships, PrimaryLocation,
        BestOaLocation, HostVenue, Topics, Concepts, Keywords, Abstract,
    }

    /// <summary>
    /// Parses one JSON text that starts at <paramref name="lineNumber"/>: a work, a list of works, or an API page
    /// (<c>{"meta": ..., "results": [...]}</c>), and adds a result per work. A work's error is placed at the line where
    /// the work starts (with its number, for an item of a list); a JSON syntax error at its own line.
    /// </summary>
    public void Parse(ReadOnlySpan<byte> json, long lineNumber, List<ParseResult> results)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadList(ref reader, json, lineNumber, results);
            }
            else if (reader.TokenType != JsonTokenType.StartObject)
            {
                results.Add(Fail(lineNumber, "not a JSON object"));
                return;
            }
            else if (IsApiPage(reader))
            {
                ReadApiPage(ref reader, json, lineNumber, results);
            }
            else
            {
                var result = ReadWork(ref reader, lineNumber, item: 0);
                results.Add(reader.Read() ? Fail(lineNumber, "more than one JSON value on the line") : result);
                return;
            }
            if (reader.Read()) results.Add(Fail(lineNumber, "more than one JSON value"));
        }
        catch (JsonException e)
        {
            results.Add(Fail(lineNumber + (e.LineNumber ?? 0), $"invalid JSON at byte {e.BytePositionInLine + 1}"));
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader checks UTF-8 only when a string is read.
            results.Add(Fail(lineNumber, "text is not valid UTF-8"));
        }
    }

    private static bool IsApiPage(Utf8JsonReader reader)
    {
        // A copy: peeking at the first property leaves the caller's reader where it was.
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName) return false;
        return reader.ValueTextEquals("meta"u8) || reader.ValueTextEquals("results"u8);
    }

    private void ReadApiPage(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, long lineNumber, List<ParseResult> results)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("results"u8))
            {
                reader.Skip();
                continue;
            }
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray) ReadList(ref reader, json, lineNumber, results);
            else reader.Skip();
        }
    }

    // Each item's line is counted from the previous item's, so a pretty-printed page costs one pass over its bytes.
    private void ReadList(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, long lineNumber, List<ParseResult> results)
    {
        var item = 0;
        var counted = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            item++;
            var start = (int)reader.TokenStartIndex;
            lineNumber += json[counted..start].Count((byte)'\n');
            counted = start;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                results.Add(ReadWork(ref reader, lineNumber, item));
                continue;
            }
            reader.Skip();
            results.Add(Fail(lineNumber, $"item {item}: not a JSON object"));
        }
    }

    // The reader is on the work's start and is left on its end. Item is the work's number in a list, or 0.
    private ParseResult ReadWork(ref Utf8JsonReader reader, long lineNumber, int item)
    {
        Reset();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            switch (Classify(Name(ref reader)))
            {
                case Field.Id: _id = ReadString(ref reader); break;
                case Field.Doi: _doi = ReadString(ref reader); break;
                case Field.Ids when _doi is not null: reader.Skip(); break; // ids.doi repeats doi
                case Field.Ids: ReadIds(ref reader); break;
                case Field.Title: _title = ReadString(ref reader); break;
                case Field.DisplayName when !string.IsNullOrWhiteSpace(_title): reader.Skip(); break; // repeats the title
                case Field.DisplayName: _displayName = ReadString(ref reader); break;
                case Field.Year: _year = ReadInt(ref reader); break;
                case Field.Date: _publishedOn = OpenAlexCodes.ReadDate(ref reader); break;
                case Field.Language: _language = OpenAlexCodes.ReadLanguage(ref reader); break;
                case Field.Type: _type = OpenAlexCodes.ReadType(ref reader); break;
                case Field.Authorships: ReadAuthorships(ref reader); break;
                case Field.PrimaryLocation: ReadLocation(ref reader, ref _publisher, ref _licence); break;
                case Field.BestOaLocation when _licence is not null: reader.Skip(); break;
                case Field.BestOaLocation: ReadLicence(ref reader, ref _bestOaLicence); break;
                case Field.HostVenue: ReadLocation(ref reader, ref _hostVenue, ref _hostVenueLicence); break;
                case Field.Topics: ReadNames(ref reader, ref _topics, minimumScore: null); break;
                case Field.Concepts: ReadNames(ref reader, ref _concepts, MinimumConceptScore); break;
                case Field.Keywords: ReadKeywords(ref reader); break;
                case Field.Abstract: _abstractText = _abstract.Read(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        var result = Build(lineNumber);
        return item == 0 || result.Error is null
            ? result
            : ParseResult.Fail(result.Error with { Reason = $"item {item}: {result.Error.Reason}" });
    }

    private static Field Classify(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => Field.Id,
        3 when name.SequenceEqual("doi"u8) => Field.Doi,
        3 when name.SequenceEqual("ids"u8) => Field.Ids,
        4 when name.SequenceEqual("type"u8) => Field.Type,
        5 when name.SequenceEqual("title"u8) => Field.Title,
        6 when name.SequenceEqual("topics"u8) => Field.Topics,
        8 when name.SequenceEqual("language"u8) => Field.Language,
        8 when name.SequenceEqual("concepts"u8) => Field.Concepts,
        8 when name.SequenceEqual("keywords"u8) => Field.Keywords,
        10 when name.SequenceEqual("host_venue"u8) => Field.HostVenue,
        11 when name.SequenceEqual("authorships"u8) => Field.Authorships,
        12 when name.SequenceEqual("display_name"u8) => Field.DisplayName,
        16 when name.SequenceEqual("publication_year"u8) => Field.Year,
        16 when name.SequenceEqual("publication_date"u8) => Field.Date,
        16 when name.SequenceEqual("primary_location"u8) => Field.PrimaryLocation,
        16 when name.SequenceEqual("best_oa_location"u8) => Field.BestOaLocation,
        23 when name.SequenceEqual("abstract_inverted_index"u8) => Field.Abstract,
        _ => Field.Other,
    };

    // Names are never escaped in OpenAlex files; an escaped one is unescaped the slow way rather than missed.
    private static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? "") : reader.ValueSpan;

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        reader.Skip();
        return null;
    }

    private static int? ReadInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out var number) => number,
            JsonTokenType.String when int.TryParse(reader.GetString(), CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    private static double? ReadDouble(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number : null;
    }

    // Moves onto the value after a property name; true when it opens an object, otherwise skips it.
    private static bool EnterObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject) return true;
        reader.Skip();
        return false;
    }

    private static bool EnterArray(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray) return true;
        reader.Skip();
        return false;
    }

    // Reads the next array element: true on an object's start; skips anything else; false at the array's end.
    private static bool NextObject(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject) return true;
            reader.Skip();
        }
        return false;
    }

    private static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private void ReadIds(ref Utf8JsonReader reader)
    {
        if (!EnterObject(ref reader)) return;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("doi"u8)) _idsDoi = ReadString(ref reader);
            else reader.Skip();
        }
    }

    private void ReadAuthorships(ref Utf8JsonReader reader)
    {
        if (!EnterArray(ref reader)) return;
        while (NextObject(ref reader))
        {
            string? name = null, rawName = null, orcid = null, affiliation = null, country = null;
            _institutionCountries.Clear();
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("author"u8)) ReadAuthor(ref reader, ref name, ref orcid);
                else if (reader.ValueTextEquals("institutions"u8)) ReadInstitutions(ref reader, ref affiliation);
                else if (reader.ValueTextEquals("countries"u8)) ReadCountries(ref reader, ref country);
                else if (reader.ValueTextEquals("raw_author_name"u8) && name is null) rawName = ReadString(ref reader);
                else reader.Skip();
            }
            // Snapshots before 2023 have no "countries" on an authorship: its institutions' countries stand in.
            if (country is null)
            {
                foreach (var code in _institutionCountries) AddCountry(code);
                country = _institutionCountries.Count > 0 ? _institutionCountries[0] : null;
            }
            name = TextCleaner.Collapse(name) ?? TextCleaner.Collapse(rawName);
            if (name is null) continue;
            (_contributors ??= []).Add(new Contributor(name, TextCleaner.Collapse(affiliation), country, orcid));
        }
    }

    private static void ReadAuthor(ref Utf8JsonReader reader, ref string? name, ref string? orcid)
    {
        if (!EnterObject(ref reader)) return;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("display_name"u8)) name = ReadString(ref reader);
            else if (reader.ValueTextEquals("orcid"u8)) orcid = BareOrcid(ReadString(ref reader));
            else reader.Skip();
        }
    }

    private void ReadInstitutions(ref Utf8JsonReader reader, ref string? affiliation)
    {
        if (!EnterArray(ref reader)) return;
        while (NextObject(ref reader))
        {
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("display_name"u8) && affiliation is null)
                {
                    var name = ReadString(ref reader);
                    if (!string.IsNullOrWhiteSpace(name)) affiliation = name;
                }
                else if (reader.ValueTextEquals("country_code"u8))
                {
                    reader.Read();
                    if (OpenAlexCodes.ReadCountry(ref reader) is { } code && !_institutionCountries.Contains(code))
                        _institutionCountries.Add(code);
                    else
                        reader.Skip();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    private void ReadCountries(ref Utf8JsonReader reader, ref string? first)
    {
        if (!EnterArray(ref reader)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                continue;
            }
            if (OpenAlexCodes.ReadCountry(ref reader) is not { } code) continue;
            first ??= code;
            AddCountry(code);
        }
    }

    private void AddCountry(string code)
    {
        _countries ??= [];
        if (!_countries.Contains(code)) _countries.Add(code);
    }

    private static void ReadLicence(ref Utf8JsonReader reader, ref string? licence)
    {
        if (!EnterObject(ref reader)) return;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("license"u8)) licence = ReadString(ref reader);
            else reader.Skip();
        }
    }

    // primary_location names its source in "source"; the older host_venue is the source itself.
    private static void ReadLocation(ref Utf8JsonReader reader, ref string? sourceName, ref string? licence)
    {
        if (!EnterObject(ref reader)) return;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("license"u8))
            {
                licence = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("display_name"u8))
            {
                sourceName = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                if (!EnterObject(ref reader)) continue;
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals("display_name"u8)) sourceName = ReadString(ref reader);
                    else reader.Skip();
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadNames(ref Utf8JsonReader reader, ref List<string>? names, double? minimumScore)
    {
        if (!EnterArray(ref reader)) return;
        while (NextObject(ref reader))
        {
            string? name = null;
            double? score = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("display_name"u8)) name = ReadString(ref reader);
                else if (reader.ValueTextEquals("score"u8)) score = ReadDouble(ref reader);
                else reader.Skip();
            }
            if (score < minimumScore || TextCleaner.Collapse(name) is not { } cleaned) continue;
            names ??= [];
            if (!names.Contains(cleaned)) names.Add(cleaned);
        }
    }

    // Keywords are {"display_name": ...} objects since 2024, {"keyword": ...} objects in 2023. OpenAlex assigns them
    // from its own English vocabulary whatever the work's language, so they are tagged English here: tagging them
    // with the work's language would call a Chinese work's "Solar energy" Chinese.
    private void ReadKeywords(ref Utf8JsonReader reader)
    {
        if (!EnterArray(ref reader)) return;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? keyword = null;
            if (reader.TokenType == JsonTokenType.String)
            {
                keyword = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals("display_name"u8) || reader.ValueTextEquals("keyword"u8))
                    {
                        var value = ReadString(ref reader);
                        keyword ??= value;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }
            if (TextCleaner.Collapse(keyword) is { } cleaned) (_keywords ??= []).Add(new LocalizedText(Language.En.Code, cleaned));
        }
    }

    private void Reset()
    {
        _id = _doi = _idsDoi = _title = _displayName = _language = _abstractText = null;
        _publisher = _hostVenue = _licence = _bestOaLicence = _hostVenueLicence = null;
        _type = null;
        _year = null;
        _publishedOn = null;
        _contributors = null;
        _countries = _topics = _concepts = null;
        _keywords = null;
    }

    private ParseResult Build(long lineNumber)
    {
        if (string.IsNullOrWhiteSpace(_id)) return Fail(lineNumber, "missing id");
        var openAlexId = Identifier.Create(IdentifierKind.OpenAlexId, _id);
        if (openAlexId is null || !openAlexId.Value.StartsWith('W'))
            return Fail(lineNumber, $"'{_id}' is not an OpenAlex work id");
        var title = TextCleaner.Collapse(_title) ?? TextCleaner.Collapse(_displayName);
        if (title is null) return Fail(lineNumber, $"no title (work {openAlexId.Value})");

        List<Identifier> identifiers = [openAlexId];
        foreach (var raw in (ReadOnlySpan<string?>)[_doi, _idsDoi])
        {
            if (Identifier.Create(IdentifierKind.Doi, raw) is { } doi && !identifiers.Contains(doi)) identifiers.Add(doi);
        }

        return ParseResult.Ok(new ResourceRecord
        {
            Source = SourceName,
            SourceRecordId = openAlexId.Value,
            Type = _type ?? ResourceType.Other,
            Titles = [new LocalizedText(Language.UndeterminedCode, title)],
            Abstracts = _abstractText is null ? [] : [new LocalizedText(Language.UndeterminedCode, _abstractText)],
            Keywords = _keywords ?? [],
            Contributors = _contributors ?? [],
            Publisher = TextCleaner.Collapse(_publisher) ?? TextCleaner.Collapse(_hostVenue),
            Year = _year ?? _publishedOn?.Year,
            PublishedOn = _publishedOn,
            Identifiers = identifiers,
            Subjects = _topics ?? _concepts ?? [],
            Countries = _countries ?? [],
            Licence = TextCleaner.Collapse(_licence) ?? TextCleaner.Collapse(_bestOaLicence) ?? TextCleaner.Collapse(_hostVenueLicence),
            Language = _language,
        });
    }

    private static string? BareOrcid(string? url)
    {
        if (url is null || url.Length < 19) return null;
        var orcid = url.AsSpan(url.Length - 19);
        for (var i = 0; i < orcid.Length; i++)
        {
            var valid = i % 5 == 4 ? orcid[i] == '-' : char.IsAsciiDigit(orcid[i]) || (i == 18 && orcid[i] is 'X' or 'x');
            if (!valid) return null;
        }
        return orcid[18] == 'x' ? string.Concat(orcid[..18], "X") : orcid.ToString();
    }

    private ParseResult Fail(long lineNumber, string reason) => ParseResult.Fail(new ImportError(fileName, lineNumber, reason));
}
