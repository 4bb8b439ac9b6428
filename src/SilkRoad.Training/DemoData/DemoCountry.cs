namespace SilkRoad.Training.DemoData;

internal sealed record DemoCountry(string Code, NameScript Script, int Weight);
