namespace SilkRoad.Training.Alumni;

/// <summary>A session an alumnus completed: its number, its programme's title in the reader's language, its first day.</summary>
public sealed record AlumnusSession(int Number, string ProgrammeTitle, DateOnly StartsOn);
