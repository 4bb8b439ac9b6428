namespace SilkRoad.Catalogue.Importers;

/// <summary>Progress of one input: records committed so far and how far through the file (0 to 1, when known).</summary>
public readonly record struct ImportProgress(string Input, long Records, double? Fraction);
