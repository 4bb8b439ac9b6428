namespace SilkRoad.Search.Queries;

internal enum QueryTokenKind
{
    Word,
    Phrase,

    /// <summary>A known field name followed by a colon; its value is the item after it.</summary>
    Field,

    And,
    Or,

    /// <summary><c>NOT</c> or <c>!</c>.</summary>
    Not,

    /// <summary><c>+</c> in front of an item, with no space between.</summary>
    Required,

    /// <summary><c>-</c> in front of an item, with no space between.</summary>
    Excluded,

    OpenGroup,
    CloseGroup,
}
