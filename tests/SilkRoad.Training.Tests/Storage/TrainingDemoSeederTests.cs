using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Programmes;
using Xunit.Abstractions;

namespace SilkRoad.Training.Tests.Storage;

public sealed class TrainingDemoSeederTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task SeedsTheDemoBaseOnceAndTheStoreReadsItBack(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var seeder = new TrainingDemoSeeder(store.Contexts, TimeProvider.System);

        var watch = Stopwatch.StartNew();
        Assert.True(await seeder.SeedWhenEmptyAsync(CancellationToken.None));
        output.WriteLine($"{provider}: seeded in {watch.ElapsedMilliseconds} ms");
        Assert.False(await seeder.SeedWhenEmptyAsync(CancellationToken.None));

        var expected = TrainingDemoGenerator.Generate();
        await using var context = store.Contexts.Create();
        Assert.Equal(expected.Trainees.Count, await context.Trainees.CountAsync());
        Assert.Equal(expected.Attendance.Count, await context.Attendance.CountAsync());
        Assert.Equal(expected.Certificates.Count, await context.Certificates.CountAsync());
        Assert.Equal(expected.MaterialViews.Count, await context.MaterialViews.CountAsync());
        Assert.Equal(expected.QuizAnswers.Count(a => a.Correct), await context.QuizAnswers.CountAsync(a => a.Correct));
        Assert.Equal(expected.SurveyResponses.Count, await context.SurveyResponses.CountAsync());
        Assert.Equal(expected.FollowUpSurveys.Count, await context.FollowUpSurveys.CountAsync());
        Assert.Equal(expected.FollowUpResponses.Count(r => r.Promoted), await context.FollowUpResponses.CountAsync(r => r.Promoted));
        var course = await context.Courses.Include(c => c.Texts).SingleAsync(c => c.Id == 1);
        Assert.Equal(6, course.Texts.Count);
        Assert.Equal(expected.Courses[0].Texts.Single(t => t.Language == "ar").Title, course.Texts.Single(t => t.Language == "ar").Title);
        var session = await context.Sessions.Include(s => s.Schedule).Include(s => s.TargetCountries).SingleAsync(s => s.Number == 101);
        var expectedSession = expected.Sessions.Single(s => s.Number == 101);
        Assert.Equal(expectedSession.StartsOn, session.StartsOn);
        Assert.Equal(expectedSession.Mode, session.Mode);
        Assert.Equal(expectedSession.Schedule.Count, session.Schedule.Count);
        Assert.Equal(expectedSession.TargetCountries.Count, session.TargetCountries.Count);
        var trainee = await context.Trainees.SingleAsync(t => t.Id == 4242);
        Assert.Equal(expected.Trainees[4241].NativeName, trainee.NativeName);
        Assert.Equal(expected.Trainees[4241].BirthDate, trainee.BirthDate);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task RowsAddedAfterTheSeedGetNewIds(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        await new TrainingDemoSeeder(store.Contexts, TimeProvider.System).SeedWhenEmptyAsync(CancellationToken.None);

        await using var context = store.Contexts.Create();
        var topic = new Topic { Code = "added", Texts = [new LocalizedTitle { Language = "en", Title = "Added" }] };
        context.Topics.Add(topic);
        await context.SaveChangesAsync();

        var expected = TrainingDemoGenerator.Generate();
        var material = new SilkRoad.Training.Learning.CourseMaterial { SessionId = 1, VideoUrl = "https://video.example.org/added", Position = 1 };
        var followUp = new SilkRoad.Training.FollowUp.FollowUpSurvey { SessionId = 1, OpenedAt = DateTime.UtcNow, OpenedBy = "test" };
        context.CourseMaterials.Add(material);
        context.FollowUpSurveys.Add(followUp);
        await context.SaveChangesAsync();

        Assert.Equal(19, topic.Id);
        Assert.Equal(expected.Materials.Count + 1, material.Id);
        Assert.Equal(expected.FollowUpSurveys.Count + 1, followUp.Id);
    }
}
