using System.Collections;
using System.Globalization;
using System.Resources;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Tests.Admissions;

/// <summary>The workflow's pages in the other five languages show none of their English interface text, and Arabic reads right to left.</summary>
public sealed class AdmissionPagesLocalizationTests(WorkflowBase workflow) : IClassFixture<WorkflowBase>
{
    private static readonly ResourceManager Training = new("SilkRoad.Web.Resources.TrainingText", typeof(TrainingText).Assembly);
    private static readonly ResourceManager Portal = new("SilkRoad.Web.Resources.PortalText", typeof(TrainingText).Assembly);
    private static readonly ResourceManager Account = new("SilkRoad.Web.Resources.AccountText", typeof(TrainingText).Assembly);

    private static HashSet<string> Values(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .Select(e => (string)e.Value!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public async Task TheWorkflowPagesShowNoEnglishInterfaceTextInOtherLanguages()
    {
        using var admin = await workflow.Portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);
        using var trainee = await workflow.Portal.SignedInAsync("ivan.ivanov@example.org", AccountRoles.Trainee);
        var application = await workflow.ApplicationOfAsync("ana.perez@example.org");
        var english = Values(Training, CultureInfo.InvariantCulture).Where(v => v.Length > 1 && !v.Contains('{', StringComparison.Ordinal)).ToList();
        var left = new List<string>();

        foreach (var culture in new[] { "zh", "fr", "ru", "es", "ar" })
        {
            var info = CultureInfo.GetCultureInfo(culture);
            var own = Values(Training, info).Concat(Values(Portal, info)).Concat(Values(Account, info)).ToHashSet(StringComparer.Ordinal);
            var foreign = english.Where(e => !own.Contains(e)).ToHashSet(StringComparer.Ordinal);
            var pages = new (Accounts.Visitor Visitor, string Path)[]
            {
                (admin, "/manage"), (admin, $"/manage/applications?session={WorkflowBase.FullSession}"), (admin, $"/manage/applications/{application}"),
                (admin, "/manage/reviews"), (admin, "/manage/nominations"), (admin, "/admin/training"), (trainee, "/my"),
            };
            foreach (var (visitor, path) in pages)
            {
                var html = await visitor.GetHtmlAsync($"/{culture}{path}");
                Assert.Equal((culture, culture == "ar" ? "rtl" : "ltr"), Html.RootLangDir(html));
                left.AddRange(Html.TextNodes(html).Concat(Html.AttributeValues(html, "aria-label")).Where(foreign.Contains).Select(t => $"/{culture}{path}: {t}"));
            }
        }

        Assert.True(left.Count == 0, string.Join(" | ", left.Distinct()));
    }
}
