namespace SilkRoad.Search.Queries;

/// <summary>Why a query could not be understood, and where (0-based character offset in the query).
/// <see cref="Message"/> is English; a portal translates <see cref="Code"/>.</summary>
public sealed record QueryError(QueryErrorCode Code, int Position, string Message);

public enum QueryErrorCode
{
    TooLong,
    UnbalancedQuote,
    UnbalancedParenthesis,
    MissingOperand,
    EmptyFieldValue,
    InvalidRange,
    InvalidYear,
    LeadingWildcard,
    InvalidFilter,

    /// <summary>Parentheses nested deeper than any person writes (a guard for the parser's stack).</summary>
    TooDeeplyNested,

    /// <summary>A page number, page size or cursor that cannot be served.</summary>
    InvalidPage,
}
