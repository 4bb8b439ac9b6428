namespace SilkRoad.Training.DemoData;

/// <summary>A name in its own script with its Latin transliteration; <see cref="Female"/> for given names, and for family names the feminine form where the language has one.</summary>
internal sealed record DemoName(string Native, string Latin, bool Female = false, string? FeminineNative = null, string? FeminineLatin = null);
