using System.Globalization;

namespace SilkRoad.Web.Charts;

/// <summary>
/// The country shapes of the world map, read once from the embedded <c>WorldMap.txt</c> (made by
/// scripts/world-map.mjs from Natural Earth's 1:110m countries, in the Robinson projection).
/// </summary>
public sealed class WorldMapShapes
{
    /// <summary>Radius of a dot country, in view box units (the box is 2,000 wide).</summary>
    public const int DotRadius = 6;

    private static readonly Lazy<WorldMapShapes> Loaded = new(Load);

    private WorldMapShapes(string viewBox, IReadOnlyList<WorldMapShape> countries)
    {
        ViewBox = viewBox;
        Countries = countries;
    }

    public static WorldMapShapes Instance => Loaded.Value;

    /// <summary>The SVG <c>viewBox</c> the shapes are drawn in.</summary>
    public string ViewBox { get; }

    /// <summary>Every country, by code; a dot country after those with shapes so that dots are drawn on top.</summary>
    public IReadOnlyList<WorldMapShape> Countries { get; }

    private static WorldMapShapes Load()
    {
        using var stream = typeof(WorldMapShapes).Assembly.GetManifestResourceStream("SilkRoad.Web.Charts.WorldMap.txt")
            ?? throw new InvalidOperationException("The embedded world map (Charts/WorldMap.txt) is missing.");
        using var reader = new StreamReader(stream);
        var viewBox = "";
        var countries = new List<WorldMapShape>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("viewBox ", StringComparison.Ordinal))
            {
                viewBox = line["viewBox ".Length..];
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var (code, data) = (line[..tab], line[(tab + 1)..]);
            countries.Add(data.StartsWith('@') ? Dot(code, data[1..]) : new WorldMapShape(code, data, IsDot: false));
        }
        return new WorldMapShapes(viewBox, countries.OrderBy(c => c.IsDot).ThenBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

    // A circle as path data: two half arcs from its left edge.
    private static WorldMapShape Dot(string code, string point)
    {
        var parts = point.Split(' ');
        var x = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var y = int.Parse(parts[1], CultureInfo.InvariantCulture);
        const int r = DotRadius;
        return new WorldMapShape(code, string.Create(CultureInfo.InvariantCulture, $"M{x - r} {y}a{r} {r} 0 1 0 {2 * r} 0a{r} {r} 0 1 0 {-2 * r} 0z"), IsDot: true);
    }
}
