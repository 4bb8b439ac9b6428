namespace SilkRoad.Cli.Commands;

/// <summary>
/// The one place a command's failure becomes an exit code and a line a person can read: Ctrl+C is 130 with how to
/// resume, anything unexpected (a store that cannot be reached, a disk error) is 2 with its message, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public const int Interrupted = 130;

    public static async Task<int> RunAsync(Func<Task<int>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return await command();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("interrupted: what was committed stays; run the same command again to resume");
            return Interrupted;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.GetBaseException().Message}");
            return ExitCodes.Failed;
        }
    }
}
