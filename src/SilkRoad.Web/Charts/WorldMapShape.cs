namespace SilkRoad.Web.Charts;

/// <summary>One country on the world map: its ISO 3166-1 alpha-2 code and SVG path data; <see cref="IsDot"/> for a
/// country too small for the map's scale, drawn as a dot where it is.</summary>
public sealed record WorldMapShape(string Code, string PathData, bool IsDot);
