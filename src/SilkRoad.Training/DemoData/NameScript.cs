namespace SilkRoad.Training.DemoData;

/// <summary>The script demo names of a country are written in (its people's native names).</summary>
internal enum NameScript
{
    Latin,
    Cyrillic,
    Arabic,
    Thai,
    Devanagari,
}
