using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search.Translation;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SilkRoad.Search.Lucene;

/// <summary>Makes the Lucene document of a resource (<see cref="IndexFields"/>).</summary>
internal static class IndexDocumentBuilder
{
    // Doc-values terms are limited to 32,766 bytes; a sort key needs far less.
    private const int MaxSortKeyChars = 120;
    private const int MaxFacetValueChars = 200;

    // Exact values (ids, facet values, completion terms) are "tokenized" by a keyword analyzer rather than indexed as
    // StringFields: each new StringField makes a new token stream, and Lucene.NET builds its attributes by reflection
    // (a fifth of indexing time in a profile), whereas an analyzer reuses one stream per field and thread.
    internal static readonly FieldType ExactValue = Exact(stored: false);
    private static readonly FieldType StoredExactValue = Exact(stored: true);

    private static FieldType Exact(bool stored)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = stored,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    /// <summary>The fields indexed as one exact term each (see <see cref="ExactValue"/>).</summary>
    public static IEnumerable<string> ExactFields =>
        [IndexFields.Id, IndexFields.AuthorCompletion, IndexFields.SubjectCompletion, IndexFields.Doi,
            .. FacetNames.All.Select(IndexFields.Exact)];

    public static LuceneDocument Build(IndexedResource resource, ConceptTagger? tagger = null)
    {
        var document = resource.Document;
        var id = resource.Id.ToString(CultureInfo.InvariantCulture);
        var doc = new LuceneDocument
        {
            new Field(IndexFields.Id, id, StoredExactValue),
            new NumericDocValuesField(IndexFields.IdOrder, resource.Id),
            new StoredField(IndexFields.Document, Encoding.UTF8.GetBytes(document.ToJson())),
        };
        foreach (var source in resource.SourceRecords)
        {
            doc.Add(new StoredField(IndexFields.SourceRecord, source.RecordId));
            AddFacet(doc, FacetNames.Source, source.Source);
        }

        AddTexts(doc, IndexFields.Title, document.Titles);
        AddTexts(doc, IndexFields.Keyword, document.Keywords);
        AddTexts(doc, IndexFields.Abstract, document.Abstracts);
        foreach (var text in document.Titles.Concat(document.Keywords))
            doc.Add(new TextField(IndexFields.Spelling, text.Text, Field.Store.NO));

        foreach (var contributor in document.Contributors)
        {
            doc.Add(new TextField(IndexFields.Author, contributor.Name, Field.Store.NO));
            doc.Add(new Field(IndexFields.AuthorCompletion, Completion.Term(contributor.Name), ExactValue));
            if (contributor.Affiliation is { Length: > 0 } affiliation)
                doc.Add(new TextField(IndexFields.Other, affiliation, Field.Store.NO));
            if (contributor.Country is { Length: > 0 } country) AddFacet(doc, FacetNames.Country, country);
        }
        if (document.Publisher is { Length: > 0 } publisher) doc.Add(new TextField(IndexFields.Other, publisher, Field.Store.NO));

        foreach (var subject in document.Subjects)
        {
            doc.Add(new TextField(IndexFields.Subject, subject, Field.Store.NO));
            doc.Add(new Field(IndexFields.SubjectCompletion, Completion.Term(subject), ExactValue));
            AddFacet(doc, FacetNames.Subject, subject);
        }
        foreach (var country in document.Countries) AddFacet(doc, FacetNames.Country, country);
        foreach (var language in document.Languages) AddFacet(doc, FacetNames.Language, language);
        AddFacet(doc, FacetNames.Type, ResourceTypeNames.ToSlug(document.Type));
        if (tagger is not null)
            foreach (var concept in tagger.Tag(document)) AddFacet(doc, FacetNames.Concept, concept);

        foreach (var identifier in document.Identifiers.Where(i => i.Kind == IdentifierKind.Doi))
            doc.Add(new Field(IndexFields.Doi, identifier.Value.ToLowerInvariant(), ExactValue));

        if (document.Year is int year)
        {
            doc.Add(new Int32Field(IndexFields.Year, year, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.YearOrder, year));
            AddFacet(doc, FacetNames.Year, year.ToString(CultureInfo.InvariantCulture));
        }
        doc.Add(new SortedDocValuesField(IndexFields.TitleOrder, new BytesRef(SortKey(document.DisplayTitle))));
        return doc;
    }

    private static void AddTexts(LuceneDocument doc, string kind, IEnumerable<LocalizedText> texts)
    {
        foreach (var text in texts)
        {
            var language = IndexFields.TextLanguage(text.Language);
            doc.Add(new TextField(IndexFields.Text(kind, language), text.Text, Field.Store.NO));
            if (language == "zh")
                doc.Add(new TextField(IndexFields.Text(kind, IndexFields.ChineseCharacters), text.Text, Field.Store.NO));
        }
    }

    // A facet value is both an exact term (for filters and field:value queries) and a doc value (for counting).
    // The same value twice (two authors from one country) is added once.
    private static void AddFacet(LuceneDocument doc, string facet, string value)
    {
        if (value.Length > MaxFacetValueChars) value = value[..MaxFacetValueChars];
        var exact = IndexFields.Exact(facet);
        foreach (var field in doc.GetFields(exact))
            if (field.GetStringValue(CultureInfo.InvariantCulture) == value) return;
        doc.Add(new Field(exact, value, ExactValue));
        doc.Add(new SortedSetDocValuesField(IndexFields.FacetValues(facet), new BytesRef(value)));
    }

    /// <summary>Titles sort case- and accent-insensitively, articles and all.</summary>
    internal static string SortKey(string title)
    {
        var folded = Completion.Key(title);
        return folded.Length > MaxSortKeyChars ? folded[..MaxSortKeyChars] : folded;
    }
}
