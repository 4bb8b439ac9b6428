using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Importers;

/// <summary>What a reader yields per record: the record, or the error that stopped it. The reader goes on either way.</summary>
public readonly record struct ParseResult(ResourceRecord? Record, ImportError? Error)
{
    public static ParseResult Ok(ResourceRecord record) => new(record, null);

    public static ParseResult Fail(ImportError error) => new(null, error);
}
