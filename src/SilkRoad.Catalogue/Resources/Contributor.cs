namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// A person or organisation as the source wrote it. Kept raw (name as written, affiliation text) so that it can later
/// be resolved into experts and institutions. <paramref name="Country"/> is ISO 3166-1 alpha-2; <paramref name="Orcid"/>
/// is the bare 0000-0000-0000-0000 form.
/// </summary>
public sealed record Contributor(string Name, string? Affiliation = null, string? Country = null, string? Orcid = null);
