namespace SilkRoad.Accounts.PersonalData;

/// <summary>What was done with someone's personal fields.</summary>
public static class PersonalDataActions
{
    public const string Viewed = "viewed";
    public const string Exported = "exported";
    public const string Erased = "erased";
}
