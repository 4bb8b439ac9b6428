namespace SilkRoad.Accounts.PersonalData;

/// <summary>What was done with someone's personal fields.</summary>
public static class PersonalDataActions
{
    public const string Viewed = "viewed";
    public const string Exported = "exported";
    public const string Erased = "erased";

    // The training base's staff views of a trainee's fields (at most 32 characters, the column's length).
    /// <summary>A manager showed an applicant's personal fields on the application's page.</summary>
    public const string ApplicantViewed = "training.view-personal";

    /// <summary>A manager downloaded an applicant's invitation letter, which quotes their passport number.</summary>
    public const string InvitationLetterDownloaded = "training.invitation-letter";
}
