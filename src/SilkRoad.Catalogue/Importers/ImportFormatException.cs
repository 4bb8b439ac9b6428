namespace SilkRoad.Catalogue.Importers;

/// <summary>An input that cannot be imported at all (unknown format): reported, and the other inputs go on.</summary>
public sealed class ImportFormatException(string message) : Exception(message);
