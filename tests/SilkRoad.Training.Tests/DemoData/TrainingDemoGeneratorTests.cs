using SilkRoad.Training.Certificates;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Enrolments;

namespace SilkRoad.Training.Tests.DemoData;

public sealed class TrainingDemoGeneratorTests
{
    private static readonly Lazy<TrainingDemoData> Data = new(() => TrainingDemoGenerator.Generate());

    [Fact]
    public void ReproducesTheBasesScale()
    {
        var data = Data.Value;

        Assert.Equal(18, data.Topics.Count);
        Assert.Equal(243, data.Courses.Count);
        Assert.Equal(98, data.Programmes.Count);
        Assert.Equal(17_194, data.Trainees.Count);
        Assert.Equal(115, data.Trainees.Select(t => t.CountryCode).Distinct().Count());
        Assert.Equal(8, data.Partners.Select(p => p.CountryCode).Distinct().Count());
        Assert.Contains(data.Sessions, s => s.Number > 100);
        Assert.Equal(data.Trainees.Count, data.Enrolments.Where(e => e.Status != EnrolmentStatus.Withdrawn).Select(e => e.TraineeId).Distinct().Count());
        Assert.Contains(data.Enrolments, e => e.Status == EnrolmentStatus.Withdrawn);
    }

    [Fact]
    public void IsTheSameOnEveryRun()
    {
        var again = TrainingDemoGenerator.Generate();

        Assert.Equal(Data.Value.Trainees.Select(t => (t.NativeName, t.BirthDate, t.CountryCode)), again.Trainees.Select(t => (t.NativeName, t.BirthDate, t.CountryCode)));
        Assert.Equal(Data.Value.Certificates.Select(c => c.Code), again.Certificates.Select(c => c.Code));
    }

    [Fact]
    public void NoSessionTakesMoreThanItsCapacityOrAPersonTwice()
    {
        var data = Data.Value;

        foreach (var session in data.Sessions)
            Assert.True(data.Enrolments.Count(e => e.SessionId == session.Id) <= session.Capacity, $"session {session.Number}");
        Assert.Equal(data.Enrolments.Count, data.Enrolments.Select(e => (e.SessionId, e.TraineeId)).Distinct().Count());
        Assert.Equal(data.Trainees.Count, data.Trainees.Select(t => t.PersonKey).Distinct().Count());
    }

    [Fact]
    public void EveryCompletedEnrolmentHasOneCertificateWithAWellFormedCode()
    {
        var data = Data.Value;
        var completed = data.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.Id).ToHashSet();

        Assert.Equal(completed.Order(), data.Certificates.Select(c => c.EnrolmentId).Order());
        Assert.All(data.Certificates, c => Assert.True(CertificateCode.TryNormalize(c.Code, out var code) && code == c.Code, c.Code));
        Assert.Equal(data.Certificates.Count, data.Certificates.Select(c => c.Code).Distinct().Count());
        Assert.Contains(data.Certificates, c => c.Status == CertificateStatus.Revoked && c.RevocationReason is { Length: > 0 });
    }

    [Fact]
    public void PeopleAreClearlyGenerated()
    {
        Assert.All(Data.Value.Trainees, t => Assert.EndsWith("@example.org", t.Email, StringComparison.Ordinal));
        Assert.All(Data.Value.Partners, p => Assert.Contains("Demo", p.LatinName, StringComparison.Ordinal));
    }
}
