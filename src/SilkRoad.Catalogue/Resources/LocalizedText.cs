namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// A title, abstract or keyword in one language. <paramref name="Language"/> is an ISO 639-1 code (or "und");
/// <paramref name="Detected"/> records that the source did not say and the code was detected from the text.
/// </summary>
public sealed record LocalizedText(string Language, string Text, bool Detected = false);
