namespace SilkRoad.Cli.Commands;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, but some records were rejected (each was reported).</summary>
    public const int RecordsRejected = 1;

    /// <summary>The command could not run: a missing file, an unknown format, a store that cannot be reached.</summary>
    public const int Failed = 2;
}
