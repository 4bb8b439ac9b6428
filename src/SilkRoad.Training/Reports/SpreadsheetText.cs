namespace SilkRoad.Training.Reports;

/// <summary>
/// Keeps a text cell a text in spreadsheet programs: one that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a
/// tab or carriage return, which some programs skip before them) would be run as a formula when the file is opened
/// (OWASP "CSV Injection"). Such a cell gets a leading apostrophe, which the programs show as nothing.
/// </summary>
public static class SpreadsheetText
{
    public static string Defuse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
