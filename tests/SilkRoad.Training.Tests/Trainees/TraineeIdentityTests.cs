using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Tests.Trainees;

public sealed class TraineeIdentityTests
{
    private static readonly DateOnly Born = new(1988, 4, 12);

    [Fact]
    public void EmailAddressesDifferingInCaseAndSpacesAreOnePerson() =>
        Assert.Equal(TraineeIdentity.EmailKey("Somchai.J@Example.ORG "), TraineeIdentity.EmailKey("somchai.j@example.org"));

    [Theory]
    [InlineData("IVANOV Ivan", "Ivan Ivanov")] // passport order and case
    [InlineData("José  Pérez", "Jose Perez")] // accents and spacing
    [InlineData("Al-Husseini Omar", "Omar Al Husseini")] // hyphen
    public void NamesAsFormsAndPassportsWriteThemAreOnePerson(string one, string other) =>
        Assert.Equal(TraineeIdentity.PersonKey(one, Born, "RU"), TraineeIdentity.PersonKey(other, Born, "ru"));

    [Fact]
    public void TheSameNameBornOnAnotherDayOrInAnotherCountryIsAnotherPerson()
    {
        var key = TraineeIdentity.PersonKey("Ivan Ivanov", Born, "RU");

        Assert.NotEqual(key, TraineeIdentity.PersonKey("Ivan Ivanov", Born.AddDays(1), "RU"));
        Assert.NotEqual(key, TraineeIdentity.PersonKey("Ivan Ivanov", Born, "KZ"));
    }

    [Fact]
    public void ANameWithoutABirthDateIsNoKey() => Assert.Null(TraineeIdentity.PersonKey("Ivan Ivanov", null, "RU"));
}
