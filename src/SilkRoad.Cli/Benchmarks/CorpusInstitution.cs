namespace SilkRoad.Cli.Benchmarks;

/// <summary>An institution authors of a generated corpus work at; <paramref name="CountryCode"/> is ISO 3166-1 alpha-2.</summary>
internal sealed record CorpusInstitution(string Name, string CountryCode, string Type = "education");
