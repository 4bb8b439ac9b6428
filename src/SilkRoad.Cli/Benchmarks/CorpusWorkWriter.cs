using System.Globalization;
using System.Text.Json;
using SilkRoad.Cli.Benchmarks.Vocabulary;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// Writes work N of a corpus as one OpenAlex snapshot object. Everything a work says is drawn from its own random
/// stream, keyed by seed and N, so a duplicate of an earlier work is made by drawing that work again and changing
/// what a duplicate changes, with nothing held in memory between works.
/// </summary>
internal sealed class CorpusWorkWriter
{
    public const double DoiDuplicateShare = 0.01;
    public const double TitleDuplicateShare = 0.01;
    public const double DoiShare = 0.85;
    public const double AbstractShare = 0.88;

    private const int KindStream = 1, DoiStream = 2, ContentStream = 3, DuplicateStream = 4;
    private const int DuplicateSourceAttempts = 16;

    internal static readonly CorpusLanguage[] Languages =
    [
        EnglishCorpus.Create(), ChineseCorpus.Create(), RussianCorpus.Create(), SpanishCorpus.Create(),
        FrenchCorpus.Create(), ArabicCorpus.Create(),
    ];

    // Authors per work, 1 to 8.
    private static readonly double[] AuthorCountShares = [0.10, 0.18, 0.20, 0.18, 0.13, 0.09, 0.07, 0.05];

    private static readonly JsonEncodedText Id = Name("id"), Doi = Name("doi"), Title = Name("title"),
        DisplayName = Name("display_name"), PublicationYear = Name("publication_year"),
        PublicationDate = Name("publication_date"), Ids = Name("ids"), OpenAlex = Name("openalex"),
        LanguageName = Name("language"), PrimaryLocation = Name("primary_location"), IsOa = Name("is_oa"),
        LandingPageUrl = Name("landing_page_url"), PdfUrl = Name("pdf_url"), Source = Name("source"),
        License = Name("license"), Version = Name("version"), Type = Name("type"), TypeCrossref = Name("type_crossref"),
        OpenAccess = Name("open_access"), OaStatus = Name("oa_status"), Authorships = Name("authorships"),
        AuthorPosition = Name("author_position"), Author = Name("author"), Orcid = Name("orcid"),
        Institutions = Name("institutions"), Countries = Name("countries"), IsCorresponding = Name("is_corresponding"),
        RawAuthorName = Name("raw_author_name"), CitedByCount = Name("cited_by_count"),
        BestOaLocation = Name("best_oa_location"), Topics = Name("topics"), Score = Name("score"),
        Subfield = Name("subfield"), Field = Name("field"), Domain = Name("domain"), Keywords = Name("keywords"),
        ReferencedWorksCount = Name("referenced_works_count"), ReferencedWorks = Name("referenced_works"),
        AbstractInvertedIndex = Name("abstract_inverted_index"), UpdatedDate = Name("updated_date"),
        CreatedDate = Name("created_date"), First = Name("first"), Middle = Name("middle"), Last = Name("last"),
        PublishedVersion = Name("publishedVersion"), SubmittedVersion = Name("submittedVersion"),
        Gold = Name("gold"), Green = Name("green"), Closed = Name("closed");

    private readonly int _seed;
    private readonly uint _idOffset;
    private readonly CorpusText _text = new(Languages.Max(l => l.IndexKeys.Length));
    // Work id at 0, DOI at 64, author name at 192, author id at 320, ORCID at 384, references at 448, dates at 512.
    private readonly byte[] _scratch = new byte[1024];
    private readonly int[] _picked = new int[8];

    public CorpusWorkWriter(int seed)
    {
        _seed = seed;
        _idOffset = (uint)CorpusRandom.For(seed, -1, KindStream).NextUInt64();
    }

    private enum Kind
    {
        Original,
        DoiDuplicate,
        TitleDuplicate,
    }

    public void Write(Utf8JsonWriter json, long index)
    {
        var kind = Classify(index, out var original);
        var random = CorpusRandom.For(_seed, original, ContentStream);
        var twist = CorpusRandom.For(_seed, index, DuplicateStream);

        var language = PickLanguage(ref random);
        var sourceIndex = random.Next(language.Sources.Length);
        var year = 2025 - random.NextSkewed(26);
        var month = random.Next(1, 12);
        var day = random.Next(1, 28);
        var type = PickType(ref random);
        var isOa = random.Chance(0.45);
        var licence = CorpusCatalogue.Licences[random.Next(CorpusCatalogue.Licences.Length)];
        _text.MakeTitle(language, ref random);

        // A DOI-less copy: a deposit or preprint of the same paper, same title, year and first author.
        var hasDoi = kind != Kind.TitleDuplicate && HasDoi(original);
        var source = language.Sources[sourceIndex].Json;
        if (kind == Kind.TitleDuplicate)
        {
            month = twist.Next(1, 12);
            day = twist.Next(1, 28);
            if (twist.Chance(0.5)) type = CorpusCatalogue.Preprint;
            source = CorpusCatalogue.Repositories[twist.Next(CorpusCatalogue.Repositories.Length)];
            isOa = true;
        }

        json.WriteStartObject();
        var workId = WriteWorkId(json, Id, index);
        var doi = hasDoi ? WriteDoi(json, language.Sources[sourceIndex], year, original) : WriteNull(json, Doi);
        json.WriteString(Title, _text.Title);
        json.WriteString(DisplayName, _text.Title);
        json.WriteNumber(PublicationYear, year);
        json.WriteString(PublicationDate, Date(year, month, day));
        json.WriteStartObject(Ids);
        json.WriteString(OpenAlex, workId);
        if (hasDoi) json.WriteString(Doi, doi);
        json.WriteEndObject();
        json.WriteString(LanguageName, language.EncodedCode);
        WriteLocation(json, PrimaryLocation, source, hasDoi ? doi : default, isOa ? licence : null, kind == Kind.TitleDuplicate);
        json.WriteString(Type, type.Name);
        json.WriteString(TypeCrossref, type.CrossrefName);
        json.WriteStartObject(OpenAccess);
        json.WriteBoolean(IsOa, isOa);
        json.WriteString(OaStatus, !isOa ? Closed : kind == Kind.TitleDuplicate ? Green : Gold);
        json.WriteEndObject();
        WriteAuthorships(json, language, ref random);
        json.WriteNumber(CitedByCount, random.NextSkewed(400));
        if (isOa) WriteLocation(json, BestOaLocation, source, hasDoi ? doi : default, licence, kind == Kind.TitleDuplicate);
        else json.WriteNull(BestOaLocation);
        WriteTopics(json, ref random);
        WriteKeywords(json, ref random);
        WriteReferencedWorks(json, ref random);
        if (random.Chance(AbstractShare)) _text.WriteAbstract(json, AbstractInvertedIndex, language, ref random);
        else json.WriteNull(AbstractInvertedIndex);
        json.WriteString(UpdatedDate, Timestamp(ref twist));
        json.WriteString(CreatedDate, Date(year, month, day));
        json.WriteEndObject();
    }

    // Work 0 is always an original. A duplicate copies a random earlier original (one with a DOI, for a DOI duplicate);
    // when a few draws find none, the work stays an original.
    private Kind Classify(long index, out long original)
    {
        original = index;
        if (index == 0) return Kind.Original;
        var random = CorpusRandom.For(_seed, index, KindStream);
        var draw = random.NextDouble();
        if (draw >= DoiDuplicateShare + TitleDuplicateShare) return Kind.Original;
        var kind = draw < DoiDuplicateShare ? Kind.DoiDuplicate : Kind.TitleDuplicate;
        for (var attempt = 0; attempt < DuplicateSourceAttempts; attempt++)
        {
            var candidate = random.NextLong(index);
            if (!IsOriginal(candidate) || (kind == Kind.DoiDuplicate && !HasDoi(candidate))) continue;
            original = candidate;
            return kind;
        }
        return Kind.Original;
    }

    private bool IsOriginal(long index) =>
        index == 0 || CorpusRandom.For(_seed, index, KindStream).NextDouble() >= DoiDuplicateShare + TitleDuplicateShare;

    private bool HasDoi(long index) => CorpusRandom.For(_seed, index, DoiStream).NextDouble() < DoiShare;

    private static CorpusLanguage PickLanguage(ref CorpusRandom random)
    {
        var draw = random.NextDouble();
        foreach (var language in Languages)
        {
            if ((draw -= language.Share) < 0) return language;
        }
        return Languages[0];
    }

    private static CorpusCatalogue.WorkType PickType(ref CorpusRandom random)
    {
        var draw = random.NextDouble();
        foreach (var type in CorpusCatalogue.Types)
        {
            if ((draw -= type.Share) < 0) return type;
        }
        return CorpusCatalogue.Types[0];
    }

    // Distinct W-numbers: multiplying by an odd constant is a bijection modulo 2^32, and the seed shifts the range.
    private ReadOnlySpan<byte> WriteWorkId(Utf8JsonWriter json, JsonEncodedText name, long index)
    {
        var number = 1_000_000_000L + (uint)((ulong)index * 2654435761UL + _idOffset);
        var length = Append(0, "https://openalex.org/W"u8);
        length += Format(number, length);
        var id = _scratch.AsSpan(0, length);
        json.WriteString(name, id);
        return id;
    }

    // The DOI names the original work (its number), so a DOI duplicate repeats it exactly.
    private ReadOnlySpan<byte> WriteDoi(Utf8JsonWriter json, CorpusLanguage.EncodedSource source, int year, long original)
    {
        const int At = 64; // after the work id in the scratch buffer
        var length = Append(At, source.DoiPrefix);
        length += Format(year, At + length);
        length += Append(At + length, "."u8);
        length += Format(100_000 + original, At + length);
        var doi = _scratch.AsSpan(At, length);
        json.WriteString(Doi, doi);
        return doi;
    }

    private static ReadOnlySpan<byte> WriteNull(Utf8JsonWriter json, JsonEncodedText name)
    {
        json.WriteNull(name);
        return default;
    }

    private static void WriteLocation(Utf8JsonWriter json, JsonEncodedText name, byte[] source, ReadOnlySpan<byte> doi,
        JsonEncodedText? licence, bool submitted)
    {
        json.WriteStartObject(name);
        json.WriteBoolean(IsOa, licence is not null);
        if (doi.IsEmpty) json.WriteNull(LandingPageUrl);
        else json.WriteString(LandingPageUrl, doi);
        json.WriteNull(PdfUrl);
        json.WritePropertyName(Source);
        json.WriteRawValue(source, skipInputValidation: true);
        if (licence is { } text) json.WriteString(License, text);
        else json.WriteNull(License);
        json.WriteString(Version, submitted ? SubmittedVersion : PublishedVersion);
        json.WriteEndObject();
    }

    private void WriteAuthorships(Utf8JsonWriter json, CorpusLanguage language, ref CorpusRandom random)
    {
        var count = 1;
        var draw = random.NextDouble();
        while (count < AuthorCountShares.Length && (draw -= AuthorCountShares[count - 1]) >= 0) count++;

        json.WriteStartArray(Authorships);
        for (var a = 0; a < count; a++)
        {
            var native = language.NativeNames is not null && random.Chance(language.NativeNameShare);
            var nameLength = MakeName(native ? language.NativeNames! : language.Names, ref random); // native is set only with NativeNames
            var hasOrcid = random.Chance(0.45);
            var orcid = random.NextUInt64();
            var authorNumber = random.Next(1_000_000_000);
            var institutionDraw = random.NextDouble();
            var institutions = institutionDraw < 0.08 ? 0 : institutionDraw < 0.88 ? 1 : 2;
            var first = language.Institutions[random.Next(language.Institutions.Length)];
            var second = language.Institutions[random.Next(language.Institutions.Length)];
            if (institutions == 2 && ReferenceEquals(first, second)) institutions = 1;

            json.WriteStartObject();
            json.WriteString(AuthorPosition, a == 0 ? First : a == count - 1 ? Last : Middle);
            json.WriteStartObject(Author);
            json.WriteString(Id, AuthorId(authorNumber));
            json.WriteString(DisplayName, _scratch.AsSpan(NameAt, nameLength));
            if (hasOrcid) json.WriteString(Orcid, OrcidUrl(orcid));
            else json.WriteNull(Orcid);
            json.WriteEndObject();
            json.WriteStartArray(Institutions);
            if (institutions > 0) json.WriteRawValue(first.Json, skipInputValidation: true);
            if (institutions > 1) json.WriteRawValue(second.Json, skipInputValidation: true);
            json.WriteEndArray();
            json.WriteStartArray(Countries);
            if (institutions > 0) json.WriteStringValue(first.CountryCode);
            if (institutions > 1 && !first.CountryCode.Equals(second.CountryCode)) json.WriteStringValue(second.CountryCode);
            json.WriteEndArray();
            json.WriteBoolean(IsCorresponding, a == 0);
            json.WriteString(RawAuthorName, _scratch.AsSpan(NameAt, nameLength));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private const int NameAt = 192;

    // Writes the name into the scratch buffer at NameAt and returns its length.
    private int MakeName(CorpusLanguage.EncodedNames names, ref CorpusRandom random)
    {
        var given = random.Next(names.Given.Length);
        var family = names.Family[random.Next(names.Family.Length)];
        var secondFamily = random.Chance(names.SecondFamilyNameShare) ? names.Family[random.Next(names.Family.Length)] : null;
        var feminine = given >= names.FeminineFrom;
        if (names.FamilyNameFirstWithoutSpace)
        {
            var length = Append(NameAt, family);
            return length + Append(NameAt + length, names.Given[given]);
        }
        var end = NameAt + Append(NameAt, names.Given[given]);
        end += Append(end, " "u8);
        end += Append(end, family);
        if (feminine) end += Append(end, names.FeminineSuffix);
        if (secondFamily is not null && secondFamily != family)
        {
            end += Append(end, " "u8);
            end += Append(end, secondFamily);
        }
        return end - NameAt;
    }

    private ReadOnlySpan<byte> AuthorId(int number)
    {
        const int At = 320;
        var length = Append(At, "https://openalex.org/A5"u8);
        number.TryFormat(_scratch.AsSpan(At + length), out var written, "D9", CultureInfo.InvariantCulture);
        return _scratch.AsSpan(At, length + written);
    }

    // ORCID iDs in the 0000-0001 to 0000-0003 blocks, with the ISO 7064 MOD 11-2 check character they really carry.
    private ReadOnlySpan<byte> OrcidUrl(ulong bits)
    {
        const int At = 384;
        Span<byte> digits = stackalloc byte[16];
        "0000000"u8.CopyTo(digits);
        digits[7] = (byte)('1' + (int)(bits % 3));
        bits /= 3;
        for (var i = 8; i < 15; i++, bits /= 10) digits[i] = (byte)('0' + (int)(bits % 10));
        var total = 0;
        for (var i = 0; i < 15; i++) total = (total + digits[i] - '0') * 2;
        var check = (12 - total % 11) % 11;
        digits[15] = check == 10 ? (byte)'X' : (byte)('0' + check);

        var length = Append(At, "https://orcid.org/"u8);
        for (var group = 0; group < 4; group++)
        {
            if (group > 0) length += Append(At + length, "-"u8);
            length += Append(At + length, digits.Slice(group * 4, 4));
        }
        return _scratch.AsSpan(At, length);
    }

    private void WriteTopics(Utf8JsonWriter json, ref CorpusRandom random)
    {
        var count = Pick(ref random, random.Next(1, 3), CorpusCatalogue.Topics.Length);
        json.WriteStartArray(Topics);
        for (var i = 0; i < count; i++)
        {
            var topic = CorpusCatalogue.Topics[_picked[i]];
            json.WriteStartObject();
            json.WriteString(Id, topic.Id);
            json.WriteString(DisplayName, topic.Name);
            json.WriteNumber(Score, Math.Round(0.9999 - i * 0.12 - random.NextDouble() * 0.05, 4));
            json.WritePropertyName(Subfield);
            json.WriteRawValue(topic.Subfield, skipInputValidation: true);
            json.WritePropertyName(Field);
            json.WriteRawValue(topic.Field, skipInputValidation: true);
            json.WritePropertyName(Domain);
            json.WriteRawValue(topic.Domain, skipInputValidation: true);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WriteKeywords(Utf8JsonWriter json, ref CorpusRandom random)
    {
        var count = Pick(ref random, random.Next(0, 5), CorpusCatalogue.Keywords.Length);
        json.WriteStartArray(Keywords);
        for (var i = 0; i < count; i++)
        {
            var keyword = CorpusCatalogue.Keywords[_picked[i]];
            json.WriteStartObject();
            json.WriteString(Id, keyword.Id);
            json.WriteString(DisplayName, keyword.Name);
            json.WriteNumber(Score, Math.Round(0.3 + random.NextDouble() * 0.5, 4));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    // Distinct indexes into _picked; returns how many.
    private int Pick(ref CorpusRandom random, int count, int of)
    {
        for (var i = 0; i < count; i++)
        {
            int candidate;
            do candidate = random.Next(of);
            while (_picked.AsSpan(0, i).Contains(candidate));
            _picked[i] = candidate;
        }
        return count;
    }

    private void WriteReferencedWorks(Utf8JsonWriter json, ref CorpusRandom random)
    {
        const int At = 448;
        var count = random.Next(0, 25);
        json.WriteNumber(ReferencedWorksCount, count);
        json.WriteStartArray(ReferencedWorks);
        var prefix = Append(At, "https://openalex.org/W"u8);
        for (var i = 0; i < count; i++)
        {
            var length = prefix + Format(1_000_000_000L + random.NextLong(3_400_000_000L), At + prefix);
            json.WriteStringValue(_scratch.AsSpan(At, length));
        }
        json.WriteEndArray();
    }

    private ReadOnlySpan<byte> Date(int year, int month, int day)
    {
        const int At = 512;
        var span = _scratch.AsSpan(At, 10);
        year.TryFormat(span, out _, "D4", CultureInfo.InvariantCulture);
        span[4] = (byte)'-';
        month.TryFormat(span[5..], out _, "D2", CultureInfo.InvariantCulture);
        span[7] = (byte)'-';
        day.TryFormat(span[8..], out _, "D2", CultureInfo.InvariantCulture);
        return span;
    }

    private ReadOnlySpan<byte> Timestamp(ref CorpusRandom random)
    {
        const int At = 528;
        var span = _scratch.AsSpan(At, 26);
        Date(2025, random.Next(1, 12), random.Next(1, 28)).CopyTo(span);
        span[10] = (byte)'T';
        random.Next(24).TryFormat(span[11..], out _, "D2", CultureInfo.InvariantCulture);
        span[13] = (byte)':';
        random.Next(60).TryFormat(span[14..], out _, "D2", CultureInfo.InvariantCulture);
        span[16] = (byte)':';
        random.Next(60).TryFormat(span[17..], out _, "D2", CultureInfo.InvariantCulture);
        span[19] = (byte)'.';
        random.Next(1_000_000).TryFormat(span[20..], out _, "D6", CultureInfo.InvariantCulture);
        return span;
    }

    private int Append(int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_scratch.AsSpan(at));
        return bytes.Length;
    }

    private int Format(long number, int at)
    {
        number.TryFormat(_scratch.AsSpan(at), out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name);
}
