namespace SilkRoad.Catalogue.Importers.Ris;

/// <summary>One tagged value of a RIS record, its continuation lines already joined.</summary>
internal readonly record struct RisField(string Tag, string Value);
