using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Cohorts;
using SilkRoad.Training.Tests.Sessions;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Cohorts;

public sealed class CohortImporterTests
{
    private static readonly Actor Manager = Actor.Of(SmallSession.ManagerId, TrainingRoles.ProgrammeManager);

    private static CohortImporter Importer(TrainingTestStore store) => new(store.Contexts, FixedTime.DemoToday);

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ACleanFileEnrolsEveryoneAndFindsKnownPeopleAgain(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts, capacity: 5);
        var other = await SmallSession.CreateAsync(store.Contexts, number: 902);
        await other.EnrolAsync(store.Contexts, "Somchai Prasert", "somchai@example.org");
        var file = CohortFileReader.Read(CohortFiles.Csv(
            "สมชาย,Somchai Prasert,SOMCHAI@example.org,TH,1990-04-05,M,KMUTT,Hydropower",
            "Амина,Amina Okello,amina@example.org,Uganda,1992-01-02,F,Makerere,Grids"));

        var preview = await Importer(store).PreviewAsync(Manager, session.SessionId, file, CancellationToken.None);
        var result = await Importer(store).ImportAsync(Manager, session.SessionId, file, CancellationToken.None);

        Assert.NotNull(preview);
        Assert.True(preview.CanConfirm);
        Assert.Equal([false, true], preview.Rows.Select(r => r.IsNewPerson));
        Assert.Equal(CohortImportOutcome.Imported, result.Outcome);
        Assert.Equal((2, 1), (result.Enrolled, result.NewTrainees));
        await using var context = store.Contexts.Create();
        Assert.Equal(2, await context.Enrolments.CountAsync(e => e.SessionId == session.SessionId));
        Assert.Equal(2, await context.Trainees.CountAsync());
        Assert.Equal("UG", await context.Trainees.Where(t => t.LatinName == "Amina Okello").Select(t => t.CountryCode).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task PassportNumbersAndAddressesAreCheckedAndStoredForNewPeople(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts, capacity: 5);
        static CohortFile File(params string[] rows) => CohortFileReader.Read(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\r\n", ["latin_name,country,Passport Number,address", .. rows]) + "\r\n"));
        var refused = File(
            "Somchai Prasert,TH,AA 1234567,\"126 Pracha Uthit Rd, Bangkok\"",
            "Amina Okello,UG,B#998877,Kampala",                       // row 3
            $"Long Number,UG,{new string('7', 31)},");                // row 4

        var refusal = await Importer(store).ImportAsync(Manager, session.SessionId, refused, CancellationToken.None);
        var accepted = await Importer(store).ImportAsync(Manager, session.SessionId, File(
            "Somchai Prasert,TH,AA 1234567,\"126 Pracha Uthit Rd, Bangkok\"", "Amina Okello,UG,,"), CancellationToken.None);

        Assert.Equal(
        [
            new CohortProblem(3, CohortColumn.PassportNumber, CohortProblemCode.BadPassportNumber),
            new CohortProblem(4, CohortColumn.PassportNumber, CohortProblemCode.TooLong),
        ], refusal.Preview!.Problems);
        Assert.Equal(CohortImportOutcome.Imported, accepted.Outcome);
        await using var context = store.Contexts.Create();
        var stored = await context.Trainees.AsNoTracking().OrderBy(t => t.LatinName).Select(t => new { t.PassportNumber, t.Address }).ToListAsync();
        Assert.Equal([(null, null), ("AA 1234567", "126 Pracha Uthit Rd, Bangkok")], stored.Select(t => (t.PassportNumber, t.Address)));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task EveryRowsProblemIsNamedAndNothingIsSavedWhenOneRowIsWrong(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts, capacity: 3);
        await session.EnrolAsync(store.Contexts, "Bilal Khan", "bilal@example.org", "PK");
        var file = CohortFileReader.Read(CohortFiles.Csv(
            ",Good Person,good@example.org,TH,,,,",                  // row 2: fine
            ",,nobody@example.org,TH,,,,",                            // row 3: no name
            ",Bad Mail,not-an-address,TH,,,,",                        // row 4
            ",Far Away,,Atlantis,,,,",                                // row 5
            ",Wrong Date,,TH,05/04/1990,,,",                          // row 6
            ",Good Person Again,GOOD@example.org,TH,,,,",             // row 7: same e-mail as row 2
            ",Bilal Khan,bilal@example.org,PK,,,,",                   // row 8: enrolled already
            ",Extra One,extra1@example.org,TH,,,,",                   // row 9: fills the last place
            ",Extra Two,extra2@example.org,TH,,,,"));                 // row 10: one too many

        var result = await Importer(store).ImportAsync(Manager, session.SessionId, file, CancellationToken.None);

        Assert.Equal(CohortImportOutcome.Refused, result.Outcome);
        Assert.Equal(
        [
            new CohortProblem(3, CohortColumn.LatinName, CohortProblemCode.MissingName),
            new CohortProblem(4, CohortColumn.Email, CohortProblemCode.BadEmail),
            new CohortProblem(5, CohortColumn.Country, CohortProblemCode.UnknownCountry),
            new CohortProblem(6, CohortColumn.BirthDate, CohortProblemCode.BadBirthDate),
            new CohortProblem(7, CohortColumn.Email, CohortProblemCode.DuplicateInFile),
            new CohortProblem(8, CohortColumn.LatinName, CohortProblemCode.AlreadyEnrolled),
            new CohortProblem(10, CohortColumn.File, CohortProblemCode.OverCapacity),
        ], result.Preview!.Problems);
        Assert.False(result.Preview.CanConfirm);
        await using var context = store.Contexts.Create();
        Assert.Equal(1, await context.Enrolments.CountAsync());
        Assert.Equal(1, await context.Trainees.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AConfirmationChecksAgainAndRefusesWhenThePlacesWereTakenSinceThePreview(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts, capacity: 2);
        var file = CohortFileReader.Read(CohortFiles.Csv(",Anna Lee,anna@example.org,KZ,,,,", ",Boris Kim,boris@example.org,KZ,,,,"));
        var preview = await Importer(store).PreviewAsync(Manager, session.SessionId, file, CancellationToken.None);
        await session.EnrolAsync(store.Contexts, "Late Admission", "late@example.org");

        var result = await Importer(store).ImportAsync(Manager, session.SessionId, file, CancellationToken.None);

        Assert.True(preview!.CanConfirm);
        Assert.Equal(CohortImportOutcome.Refused, result.Outcome);
        Assert.Equal(new CohortProblem(3, CohortColumn.File, CohortProblemCode.OverCapacity), Assert.Single(result.Preview!.Problems));
        await using var context = store.Contexts.Create();
        Assert.Equal(1, await context.Enrolments.CountAsync(e => e.SessionId == session.SessionId));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TwoImportsAtOnceNeverExceedTheCapacity(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts, capacity: 3);
        var first = CohortFileReader.Read(CohortFiles.Csv(",A One,a1@example.org,TH,,,,", ",A Two,a2@example.org,TH,,,,"));
        var second = CohortFileReader.Read(CohortFiles.Csv(",B One,b1@example.org,TH,,,,", ",B Two,b2@example.org,TH,,,,"));

        var results = await Task.WhenAll(
            Task.Run(() => Importer(store).ImportAsync(Manager, session.SessionId, first, CancellationToken.None)),
            Task.Run(() => Importer(store).ImportAsync(Manager, session.SessionId, second, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r.Outcome == CohortImportOutcome.Imported));
        Assert.Equal(1, results.Count(r => r.Outcome == CohortImportOutcome.Refused));
        await using var context = store.Contexts.Create();
        Assert.Equal(2, await context.Enrolments.CountAsync(e => e.SessionId == session.SessionId));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ASessionOutsideTheManagersProgrammesIsNotFoundAndAnInstructorCannotImport(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts);
        var file = CohortFileReader.Read(CohortFiles.Csv(",Anna Lee,anna@example.org,KZ,,,,"));

        var stranger = await Importer(store).ImportAsync(Actor.Of("other-manager", TrainingRoles.ProgrammeManager), session.SessionId, file, CancellationToken.None);
        var instructor = await Importer(store).PreviewAsync(Actor.Of(SmallSession.InstructorId, TrainingRoles.Instructor), session.SessionId, file, CancellationToken.None);

        Assert.Equal(CohortImportOutcome.SessionNotFound, stranger.Outcome);
        Assert.Null(instructor);
        await using var context = store.Contexts.Create();
        Assert.Equal(0, await context.Trainees.CountAsync());
    }
}
