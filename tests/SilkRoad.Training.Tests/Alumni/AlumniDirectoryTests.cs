using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Alumni;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Alumni;

public sealed class AlumniDirectoryTests(SeededStores stores) : IClassFixture<SeededStores>
{
    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TheDirectoryListsExactlyTheAlumniWhoOptedIn(StorageProvider provider)
    {
        var directory = new AlumniDirectory(stores[provider].Contexts);
        var data = stores.Expected;
        var completed = data.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.TraineeId).ToHashSet();
        var expected = data.Trainees.Where(t => t.AlumniOptIn && completed.Contains(t.Id)).Select(t => (t.NativeName, t.LatinName, t.CountryCode)).Order().ToList();

        var seen = new List<(string, string, string)>();
        AlumniPage page;
        var number = 1;
        do
        {
            page = await directory.SearchAsync(new AlumniQuery(Page: number++, PageSize: AlumniQuery.MaxPageSize), "en", CancellationToken.None);
            seen.AddRange(page.Alumni.Select(a => (a.NativeName, a.LatinName, a.CountryCode)));
        }
        while (page.Page < page.Pages);

        Assert.InRange(expected.Count, 1, completed.Count - 1);
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected, seen.Order().ToList());
    }

    [Fact]
    public async Task ASearchIgnoresCaseAndAccentsAndMatchesEitherNameOrTheInstitution()
    {
        var directory = new AlumniDirectory(stores[StorageProvider.Sqlite].Contexts);
        var first = (await directory.SearchAsync(new AlumniQuery(), "zh", CancellationToken.None)).Alumni[0];
        var withInstitution = (await directory.SearchAsync(new AlumniQuery(PageSize: 100), "zh", CancellationToken.None)).Alumni.First(a => a.Institution is not null);

        var byLatin = await directory.SearchAsync(new AlumniQuery(first.LatinName.ToUpperInvariant()), "zh", CancellationToken.None);
        var byNative = await directory.SearchAsync(new AlumniQuery(first.NativeName, first.CountryCode), "zh", CancellationToken.None);
        var byInstitution = await directory.SearchAsync(new AlumniQuery(withInstitution.Institution!.ToLowerInvariant()), "zh", CancellationToken.None);
        var nothing = await directory.SearchAsync(new AlumniQuery("no such person at all"), "zh", CancellationToken.None);

        Assert.Contains(byLatin.Alumni, a => a.LatinName == first.LatinName);
        Assert.All(byNative.Alumni, a => Assert.Equal(first.CountryCode, a.CountryCode));
        Assert.Contains(byNative.Alumni, a => a.NativeName == first.NativeName);
        Assert.All(byInstitution.Alumni, a => Assert.Contains(withInstitution.Institution, a.Institution ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(first.Sessions);
        Assert.Equal(0, nothing.Total);
        Assert.Empty(nothing.Alumni);
    }
}
