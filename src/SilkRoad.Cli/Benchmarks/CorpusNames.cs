namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// How people are named in one language and script. Given names from <paramref name="FeminineFrom"/> on are women's,
/// whose family names take <paramref name="FeminineSuffix"/> (Russian Иванов, Иванова).
/// </summary>
internal sealed record CorpusNames(
    string[] Given,
    string[] Family,
    int FeminineFrom = int.MaxValue,
    string FeminineSuffix = "",
    double SecondFamilyNameShare = 0,
    bool FamilyNameFirstWithoutSpace = false);
