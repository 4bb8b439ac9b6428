using SilkRoad.Training.Applications;

namespace SilkRoad.Training.Tests.Applications;

public sealed class ApplicationFormValidatorTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static ApplicationForm Valid() => new()
    {
        SessionNumber = 1,
        NativeName = "Ольга Петрова",
        LatinName = "Olga Petrova",
        BirthDate = "1990-05-04",
        Country = "RU",
        Gender = "Female",
        Institution = "Demo Polytechnic University",
        Discipline = "Hydraulic engineering",
        Email = "olga.petrova@example.org",
        Languages = "ru, en",
    };

    [Fact]
    public void AFullFormHasNoProblem() => Assert.Empty(ApplicationFormValidator.Validate(Valid(), Today));

    [Fact]
    public void AnEmptyFormNamesEveryRequiredField()
    {
        var problems = ApplicationFormValidator.Validate(new ApplicationForm(), Today);

        Assert.Equal(
            [ApplicationField.NativeName, ApplicationField.LatinName, ApplicationField.BirthDate, ApplicationField.Country,
             ApplicationField.Institution, ApplicationField.Discipline, ApplicationField.Email],
            problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(ApplicationProblemCode.Required, p.Code));
    }

    [Theory]
    [InlineData(nameof(ApplicationForm.LatinName), "Ольга Петрова", ApplicationField.LatinName, ApplicationProblemCode.NotLatinScript)]
    [InlineData(nameof(ApplicationForm.BirthDate), "04/05/1990", ApplicationField.BirthDate, ApplicationProblemCode.InvalidDate)]
    [InlineData(nameof(ApplicationForm.BirthDate), "2015-01-01", ApplicationField.BirthDate, ApplicationProblemCode.OutOfRange)]
    [InlineData(nameof(ApplicationForm.Country), "Atlantis", ApplicationField.Country, ApplicationProblemCode.UnknownCountry)]
    [InlineData(nameof(ApplicationForm.Email), "olga@", ApplicationField.Email, ApplicationProblemCode.InvalidEmail)]
    [InlineData(nameof(ApplicationForm.Email), "Olga <olga@example.org>", ApplicationField.Email, ApplicationProblemCode.InvalidEmail)]
    [InlineData(nameof(ApplicationForm.Gender), "robot", ApplicationField.Gender, ApplicationProblemCode.InvalidChoice)]
    [InlineData(nameof(ApplicationForm.Languages), "ru klingon", ApplicationField.Languages, ApplicationProblemCode.InvalidChoice)]
    [InlineData(nameof(ApplicationForm.PassportNumber), "AB<1234567", ApplicationField.PassportNumber, ApplicationProblemCode.InvalidDocumentNumber)]
    [InlineData(nameof(ApplicationForm.PassportNumber), "No. 1234567", ApplicationField.PassportNumber, ApplicationProblemCode.InvalidDocumentNumber)]
    [InlineData(nameof(ApplicationForm.PassportNumber), "- -", ApplicationField.PassportNumber, ApplicationProblemCode.InvalidDocumentNumber)]
    [InlineData(nameof(ApplicationForm.PassportNumber), "1234567890123456789012345678901", ApplicationField.PassportNumber, ApplicationProblemCode.TooLong)]
    public void ABadValueIsNamedWithItsField(string property, string value, ApplicationField field, ApplicationProblemCode code)
    {
        var form = Valid();
        typeof(ApplicationForm).GetProperty(property)!.SetValue(form, value); // the names come from nameof

        Assert.Equal([new ApplicationProblem(field, code)], ApplicationFormValidator.Validate(form, Today));
    }

    [Theory]
    [InlineData("AB1234567")]     // ICAO 9303 passport number
    [InlineData("45 12 345678")]  // a national ID as printed, with spaces
    [InlineData("KZ-0123456")]
    [InlineData("П1234567")]      // letters of other scripts are letters
    public void APassportOrIdNumberOfLettersDigitsSpacesAndHyphensIsAccepted(string number)
    {
        var form = Valid();
        form.PassportNumber = number;
        form.Address = "ul. Lenina 1, kv. 2\nMoscow 101000";

        Assert.Empty(ApplicationFormValidator.Validate(form, Today));
    }

    [Fact]
    public void AnOverlongAddressIsRefused()
    {
        var form = Valid();
        form.Address = new string('a', SilkRoad.Training.Trainees.IdentityDocumentRules.MaxAddressLength + 1);

        Assert.Equal([new ApplicationProblem(ApplicationField.Address, ApplicationProblemCode.TooLong)], ApplicationFormValidator.Validate(form, Today));
    }

    [Fact]
    public void AnOverlongMotivationIsRefused()
    {
        var form = Valid();
        form.Motivation = new string('a', ApplicationFormValidator.MaxMotivationLength + 1);

        Assert.Equal([new ApplicationProblem(ApplicationField.Motivation, ApplicationProblemCode.TooLong)], ApplicationFormValidator.Validate(form, Today));
    }
}
