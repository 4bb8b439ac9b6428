using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Reports;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Reports;

public sealed class ReportFilterTests(SeededStores stores) : IClassFixture<SeededStores>
{
    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AFilterCountsOnlyTheParticipationsInItsYearsProgrammeAndMode(StorageProvider provider)
    {
        var data = stores.Expected;
        var sessions = data.Sessions.ToDictionary(s => s.Id);
        var taking = data.Enrolments.Where(e => e.Status != EnrolmentStatus.Withdrawn).Select(e => (e.TraineeId, Session: sessions[e.SessionId])).ToList();
        var programme = data.Programmes[taking.GroupBy(p => p.Session.ProgrammeId).OrderByDescending(g => g.Count()).First().Key - 1];
        var years = taking.Select(p => p.Session.StartsOn.Year).Order().ToList();
        var (from, to) = (years[years.Count / 4], years[years.Count * 3 / 4]);
        var reports = new TrainingReports(stores[provider].Contexts);

        var byYears = await reports.ComputeAsync(TrainingReportKind.ByMode, "en", new ReportFilter(from, to), CancellationToken.None);
        var byProgramme = await reports.ComputeAsync(TrainingReportKind.ByYear, "en", new ReportFilter(ProgrammeCode: programme.Code, Mode: SessionMode.OnSite), CancellationToken.None);
        var topics = await reports.ComputeAsync(TrainingReportKind.SessionsByTopic, "en", new ReportFilter(ProgrammeCode: programme.Code), CancellationToken.None);

        Assert.Equal(
            taking.Where(p => p.Session.StartsOn.Year >= from && p.Session.StartsOn.Year <= to)
                .GroupBy(p => p.Session.Mode.ToString()).ToDictionary(g => g.Key, g => (long)g.Select(p => p.TraineeId).Distinct().Count()),
            byYears.Rows.ToDictionary(r => r.Key, r => r.Count));
        Assert.Equal(
            taking.Where(p => p.Session.ProgrammeId == programme.Id && p.Session.Mode == SessionMode.OnSite)
                .GroupBy(p => p.Session.StartsOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => (long)g.Select(p => p.TraineeId).Distinct().Count()),
            byProgramme.Rows.ToDictionary(r => r.Key, r => r.Count));
        var topic = Assert.Single(topics.Rows);
        Assert.Equal(data.Topics[programme.TopicId - 1].Code, topic.Key);
        Assert.Equal(data.Sessions.Count(s => s.ProgrammeId == programme.Id), topic.Count);
    }

    [Fact]
    public async Task TheChoicesAreTheSessionsYearsAndEveryProgrammeByTitle()
    {
        var store = stores[StorageProvider.Sqlite];
        var choices = await new TrainingReports(store.Contexts).ChoicesAsync("zh", CancellationToken.None);
        await using var context = store.Contexts.Create();
        var years = context.Sessions.AsEnumerable().Select(s => s.StartsOn.Year).Distinct().Order().ToList();

        Assert.Equal(years, choices.Years);
        Assert.Equal(98, choices.Programmes.Count);
        Assert.Contains(choices.Programmes, p => p.Title == "新能源技术研修班");
    }
}
