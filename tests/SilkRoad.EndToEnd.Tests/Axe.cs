using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SilkRoad.EndToEnd.Tests;

/// <summary>axe-core on a page in the browser: no serious or critical violation may be found.</summary>
internal static class Axe
{
    // Only violations are reported in full (axe's own advice for speed): every rule still runs, and each rule that
    // passes still says so, with one of its nodes rather than all of them.
    private static readonly AxeRunOptions ViolationsInFull = new() { ResultTypes = [ResultType.Violations] };

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(ViolationsInFull);

        Assert.NotEmpty(result.Passes); // axe ran its rules on this page

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
