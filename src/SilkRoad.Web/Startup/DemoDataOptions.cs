namespace SilkRoad.Web.Startup;

public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Seed the demo catalogue when the store is empty at start, so a newcomer sees a living portal. Off in production.</summary>
    public bool SeedWhenEmpty { get; set; } = true;
}
