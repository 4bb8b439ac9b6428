using System.Globalization;

namespace SilkRoad.Search.Queries;

/// <summary>The parser's errors, with messages that name the problem and show the fix. Messages count characters
/// from 1, as a reader does; <see cref="QueryError.Position"/> counts from 0.</summary>
internal static class QueryErrors
{
    public static QueryError TooLong(int length) => new(QueryErrorCode.TooLong, SearchRequest.MaxQueryLength,
        Format($"The query is {length} characters long; at most {SearchRequest.MaxQueryLength} are allowed."));

    public static QueryError UnbalancedQuote(int position, char quote) => new(QueryErrorCode.UnbalancedQuote, position,
        Format($"The quotation mark {quote} at character {position + 1} is never closed."));

    public static QueryError UnclosedParenthesis(int position) => new(QueryErrorCode.UnbalancedParenthesis, position,
        Format($"The parenthesis opened at character {position + 1} is never closed."));

    public static QueryError UnopenedParenthesis(int position) => new(QueryErrorCode.UnbalancedParenthesis, position,
        Format($"The closing parenthesis at character {position + 1} has no opening one."));

    public static QueryError NothingAfter(QueryToken op) => new(QueryErrorCode.MissingOperand, op.Position,
        Format($"'{op.Text}' at character {op.Position + 1} needs a search term after it."));

    public static QueryError NothingBefore(QueryToken op) => new(QueryErrorCode.MissingOperand, op.Position,
        Format($"'{op.Text}' at character {op.Position + 1} needs a search term before it."));

    public static QueryError EmptyFieldValue(QueryToken field) => new(QueryErrorCode.EmptyFieldValue, field.Position,
        Format($"'{field.Text}:' at character {field.Position + 1} needs a value, for example {field.Text}:solar or {field.Text}:\"solar cell\"."));

    public static QueryError InvalidYear(int position, string value) => new(QueryErrorCode.InvalidYear, position,
        Format($"'{value}' at character {position + 1} is not a year: write year:2019, year:2015..2020, year:..2000 or year:2015.."));

    public static QueryError EmptyRange(int position) => new(QueryErrorCode.InvalidRange, position,
        Format($"The range at character {position + 1} needs at least one year: year:2015..2020, year:..2000 or year:2015.."));

    public static QueryError ReversedRange(int position, string from, string to) => new(QueryErrorCode.InvalidRange, position,
        Format($"The range {from}..{to} at character {position + 1} ends before it starts; write {to}..{from}."));

    public static QueryError LeadingWildcard(int position, string word) => new(QueryErrorCode.LeadingWildcard, position,
        Format($"'{word}' at character {position + 1} starts with a wildcard; a wildcard may only end a word, as in hydro*."));

    public static QueryError TooDeeplyNested(int position, int limit) => new(QueryErrorCode.TooDeeplyNested, position,
        Format($"The parenthesis at character {position + 1} nests groups more than {limit} deep."));

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
