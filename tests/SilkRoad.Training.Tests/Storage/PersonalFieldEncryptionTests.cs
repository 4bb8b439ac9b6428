using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Tests.Storage;

public sealed class PersonalFieldEncryptionTests
{
    private static Trainee Person(string email) => new()
    {
        NativeName = "Айгерим Сейткали",
        LatinName = "Aigerim Seitkali",
        BirthDate = new DateOnly(1990, 7, 14),
        CountryCode = "KZ",
        Email = email,
        EmailKey = TraineeIdentity.EmailKey(email),
        Phone = "+7 701 555 12 34",
        PassportNumber = "N12345678",
        Address = "Abay Ave 10, Almaty 050000",
        PersonKey = TraineeIdentity.PersonKey("Aigerim Seitkali", new DateOnly(1990, 7, 14), "KZ"),
    };

    private static async Task<Trainee> SavedAsync(TrainingTestStore store, Trainee person)
    {
        await using var context = store.Contexts.Create();
        context.Trainees.Add(person);
        await context.SaveChangesAsync();
        return person;
    }

    private static async Task<(string? BirthDate, string? Phone, string? PersonKey)> StoredAsync(TrainingDbContext context, int id)
    {
        var columns = await StoredColumnsAsync(context, id, "BirthDate", "Phone", "PersonKey");
        return (columns[0], columns[1], columns[2]);
    }

    // The columns as the database holds them, past the model's converters.
    private static async Task<string?[]> StoredColumnsAsync(TrainingDbContext context, int id, params string[] columns)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"Trainees\" WHERE \"Id\" = {id}";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return columns.Select((_, i) => Text(reader, i)).ToArray();

        static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i).ToString();
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task PersonalFieldsAreStoredEncryptedAndReadBackPlain(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var person = await SavedAsync(store, Person("aigerim@example.org"));

        await using var reading = store.Contexts.Create();
        var stored = await StoredAsync(reading, person.Id);
        var document = await StoredColumnsAsync(reading, person.Id, "PassportNumber", "Address");
        var read = await reading.Trainees.AsNoTracking().SingleAsync(t => t.Id == person.Id);

        Assert.DoesNotContain("1990", stored.BirthDate, StringComparison.Ordinal);
        Assert.DoesNotContain("555", stored.Phone, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", stored.PersonKey, StringComparison.Ordinal);
        Assert.DoesNotContain("aigerim", stored.PersonKey, StringComparison.OrdinalIgnoreCase);
        Assert.All(document, Assert.NotNull);
        Assert.DoesNotContain("12345678", document[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Almaty", document[1], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1990, 7, 14), read.BirthDate);
        Assert.Equal("+7 701 555 12 34", read.Phone);
        Assert.Equal(("N12345678", "Abay Ave 10, Almaty 050000"), (read.PassportNumber, read.Address));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task APersonIsFoundAgainByNameBirthDateAndCountryThroughTheFingerprint(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var person = Person("first@example.org");
        await using var context = store.Contexts.Create();
        context.Trainees.Add(person);
        await context.SaveChangesAsync();

        // The same person, written differently, with another e-mail address.
        var key = TraineeIdentity.PersonKey("SEITKALI Aigerim", new DateOnly(1990, 7, 14), "kz");
        var found = await context.Trainees.AsNoTracking().Where(t => t.PersonKey == key).Select(t => t.Id).ToListAsync();

        Assert.Equal([person.Id], found);
        context.Trainees.Add(Person("second@example.org"));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task AStoreReadWithOtherKeysRefusesThePersonalFieldsInsteadOfMisreadingThem()
    {
        await using var store = await TrainingTestStore.CreateAsync(StorageProvider.Sqlite);
        var person = await SavedAsync(store, Person("keys@example.org"));
        var otherKeys = new DataProtectionPersonalDataProtector(new EphemeralDataProtectionProvider(),
            Microsoft.Extensions.Options.Options.Create(store.Options));
        var stranger = new TrainingDbContextFactory(Microsoft.Extensions.Options.Options.Create(store.Options), otherKeys);

        await using var reading = stranger.Create();

        await Assert.ThrowsAnyAsync<CryptographicException>(() => reading.Trainees.SingleAsync(t => t.Id == person.Id));
        Assert.Equal("Aigerim Seitkali", await reading.Trainees.Where(t => t.Id == person.Id).Select(t => t.LatinName).SingleAsync());
    }

    [Fact]
    public async Task TheDemoBaseIsSeededWithEncryptedFieldsToo()
    {
        await using var store = await TrainingTestStore.CreateSeededAsync(StorageProvider.Sqlite);
        await using var context = store.Contexts.Create();
        var id = await context.Trainees.Where(t => t.Phone != null && t.BirthDate != null).Select(t => t.Id).FirstAsync();

        var stored = await StoredAsync(context, id);
        var read = await context.Trainees.AsNoTracking().SingleAsync(t => t.Id == id);

        Assert.NotNull(read.Phone);
        Assert.DoesNotContain(read.Phone, stored.Phone, StringComparison.Ordinal);
        Assert.DoesNotContain(read.BirthDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stored.BirthDate, StringComparison.Ordinal);
        Assert.Equal(1, await context.Trainees.CountAsync(t => t.PersonKey == TraineeIdentity.PersonKey(read.LatinName, read.BirthDate, read.CountryCode)));
    }
}
