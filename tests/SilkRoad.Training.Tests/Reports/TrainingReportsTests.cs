using System.Globalization;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Reports;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Reports;

public sealed class TrainingReportsTests(SeededStores stores) : IClassFixture<SeededStores>
{
    public static TheoryData<StorageProvider, TrainingReportKind> Cases()
    {
        var data = new TheoryData<StorageProvider, TrainingReportKind>();
        foreach (var provider in new[] { StorageProvider.Sqlite, StorageProvider.Postgres })
        {
            foreach (var kind in Enum.GetValues<TrainingReportKind>()) data.Add(provider, kind);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachReportMatchesTheSeededData(StorageProvider provider, TrainingReportKind kind)
    {
        var report = await new TrainingReports(stores[provider].Contexts).ComputeAsync(kind, "en", CancellationToken.None);

        var expected = Expect(stores.Expected, kind);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), report.Rows.Select(r => (r.Key, r.Count)).OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task CountryRegionAndGenderEachAddUpToTheTraineesOfTheHeadlineFigures(StorageProvider provider)
    {
        var reports = new TrainingReports(stores[provider].Contexts);
        var figures = await new TrainingFiguresReader(stores[provider].Contexts).ReadAsync(CancellationToken.None);

        foreach (var kind in new[] { TrainingReportKind.ByCountry, TrainingReportKind.ByRegion, TrainingReportKind.ByGender })
        {
            var report = await reports.ComputeAsync(kind, "en", CancellationToken.None);
            Assert.Equal(figures.Trainees, report.Rows.Sum(r => r.Count));
            Assert.Equal(figures.Trainees, report.Total);
        }
        Assert.Equal(115, figures.TraineeCountries);
        Assert.Equal((18, 243, 98, 8), (figures.Topics, figures.Courses, figures.Programmes, figures.PartnerCountries));
        Assert.Equal(stores.Expected.Sessions.Count, figures.Sessions);
    }

    [Fact]
    public async Task ProgrammeLabelsAreInTheLanguageAsked()
    {
        var reports = new TrainingReports(stores[StorageProvider.Sqlite].Contexts);

        var chinese = await reports.ComputeAsync(TrainingReportKind.ByProgramme, "zh", CancellationToken.None);
        var arabic = await reports.ComputeAsync(TrainingReportKind.SessionsByTopic, "ar", CancellationToken.None);

        Assert.Contains(chinese.Rows, r => r.Label == "新能源技术研修班");
        Assert.Contains(arabic.Rows, r => r.Label == "تقنيات الطاقة الجديدة");
    }

    private static List<(string Key, long Count)> Expect(TrainingDemoData data, TrainingReportKind kind)
    {
        var sessions = data.Sessions.ToDictionary(s => s.Id);
        var trainees = data.Trainees.ToDictionary(t => t.Id);
        var taking = data.Enrolments.Where(e => e.Status != EnrolmentStatus.Withdrawn)
            .Select(e => (Trainee: trainees[e.TraineeId], Session: sessions[e.SessionId])).ToList();
        var alumni = data.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => trainees[e.TraineeId]).Distinct().ToList();
        List<(string, long)> Distinct(Func<(SilkRoad.Training.Trainees.Trainee Trainee, Session Session), string> key) =>
            taking.GroupBy(key).Select(g => (g.Key, (long)g.Select(p => p.Trainee.Id).Distinct().Count())).ToList();
        return kind switch
        {
            TrainingReportKind.ByCountry => Distinct(p => p.Trainee.CountryCode),
            TrainingReportKind.ByRegion => Distinct(p => WorldRegions.Of(p.Trainee.CountryCode).ToString()),
            TrainingReportKind.ByYear => Distinct(p => p.Session.StartsOn.Year.ToString(CultureInfo.InvariantCulture)),
            TrainingReportKind.ByProgramme => Distinct(p => data.Programmes[p.Session.ProgrammeId - 1].Code),
            TrainingReportKind.BySession => Distinct(p => p.Session.Number.ToString(CultureInfo.InvariantCulture)),
            TrainingReportKind.ByGender => Distinct(p => p.Trainee.Gender.ToString()),
            TrainingReportKind.ByMode => Distinct(p => p.Session.Mode.ToString()),
            TrainingReportKind.AlumniByCountry => alumni.GroupBy(t => t.CountryCode).Select(g => (g.Key, (long)g.Count())).ToList(),
            TrainingReportKind.AlumniByInstitution => alumni.GroupBy(t => t.Institution ?? "").Select(g => (g.Key, (long)g.Count())).ToList(),
            _ => data.Topics.Select(t => (t.Code, (long)data.Sessions.Count(s => data.Programmes[s.ProgrammeId - 1].TopicId == t.Id))).ToList(),
        };
    }
}
