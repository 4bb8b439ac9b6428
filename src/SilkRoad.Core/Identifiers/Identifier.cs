namespace SilkRoad.Core.Identifiers;

/// <summary>A normalised identifier: create it through <see cref="Create"/> so two spellings of one DOI compare equal.</summary>
public sealed record Identifier(IdentifierKind Kind, string Value)
{
    /// <summary>Normalises <paramref name="raw"/>; null when it is not a valid identifier of that kind.</summary>
    public static Identifier? Create(IdentifierKind kind, string? raw)
    {
        var value = IdentifierNormalizer.Normalize(kind, raw);
        return value is null ? null : new Identifier(kind, value);
    }

    /// <summary>
    /// Whether sharing this identifier means two records describe the same resource. An ISBN or ISSN is shared by
    /// every chapter of a book or article of a journal, and a URL by mirror pages, so those never merge. An OpenAlex
    /// id does identify a work, but only OpenAlex records carry it, and their provenance (source "openalex", record
    /// id the W-number) already matches them: a key for it would cost an index entry per record for nothing.
    /// </summary>
    public bool IdentifiesUniquely => Kind is IdentifierKind.Doi or IdentifierKind.ArxivId
        or IdentifierKind.PatentNumber or IdentifierKind.StandardNumber;

    /// <summary>The form used as a lookup key in the store: <c>doi:10.1000/xyz</c>.</summary>
    public string Key => $"{IdentifierNormalizer.Prefix(Kind)}:{Value}";

    public override string ToString() => Key;
}
