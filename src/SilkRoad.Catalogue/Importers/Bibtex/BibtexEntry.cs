namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>
/// One parsed entry: its type, key and fields, with macros expanded and <c>#</c> parts joined but LaTeX still raw.
/// Field names compare without case; the first of a repeated field wins.
/// </summary>
internal sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields, long StartLine);
