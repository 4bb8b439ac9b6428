namespace SilkRoad.Search.Queries;

/// <summary>
/// Recursive descent over the tokens. From loosest to tightest binding:
/// <code>
/// sequence := or-expr*                      items side by side: Default, or Must/MustNot from + - NOT
/// or-expr  := and-expr (OR and-expr)*       Should
/// and-expr := unary (AND unary)*            Must, or MustNot for a negated item
/// unary    := (NOT | ! | + | -)* primary
/// primary  := word | "phrase" | field: unary | ( sequence )
/// </code>
/// So AND binds tighter than OR, and OR tighter than plain juxtaposition, as in Google and Scholar:
/// <c>solar OR wind energy</c> is <c>(solar OR wind) energy</c>, and <c>a AND b OR c</c> is <c>(a AND b) OR c</c>.
/// </summary>
internal sealed class QueryTokenParser(List<QueryToken> tokens)
{
    /// <summary>Deeper than any person nests; keeps the recursion far from the stack's limit.</summary>
    public const int MaxNesting = 32;

    private int _next;
    private int _depth;

    public QueryNode Parse()
    {
        var node = ParseSequence(field: null);
        if (_next < tokens.Count) throw new QuerySyntaxException(QueryErrors.UnopenedParenthesis(tokens[_next].Position));
        return node ?? MatchAllNode.Instance;
    }

    private bool AtEnd => _next >= tokens.Count;

    private QueryTokenKind? NextKind => AtEnd ? null : tokens[_next].Kind;

    private QueryNode? ParseSequence(string? field)
    {
        var items = new List<QueryOperand>();
        while (!AtEnd && NextKind != QueryTokenKind.CloseGroup)
        {
            // Every token but a closing parenthesis is either consumed here or reported as an error below.
            if (ParseOr(field) is { } item) items.Add(item);
        }
        return Combine(items);
    }

    private QueryOperand? ParseOr(string? field)
    {
        var first = ParseAnd(field);
        if (NextKind != QueryTokenKind.Or) return first;
        if (first is not { } left) throw new QuerySyntaxException(QueryErrors.NothingBefore(tokens[_next]));
        var operands = new List<QueryOperand> { left };
        while (NextKind == QueryTokenKind.Or)
        {
            var op = tokens[_next++];
            operands.Add(ParseAnd(field) ?? throw new QuerySyntaxException(QueryErrors.NothingAfter(op)));
        }
        // "a OR NOT b" keeps its logic: a, or anything without b. A + inside OR adds nothing and is ignored.
        var clauses = new List<BooleanClause>();
        foreach (var operand in operands)
        {
            if (operand.Node is not { } node) continue;
            clauses.Add(new(Occurrence.Should, operand.Occurrence == Occurrence.MustNot
                ? new BooleanNode([new BooleanClause(Occurrence.MustNot, node)])
                : node));
        }
        return clauses.Count switch
        {
            0 => QueryOperand.Nothing,
            1 => new QueryOperand(clauses[0].Node),
            _ => new QueryOperand(new BooleanNode(clauses)),
        };
    }

    private QueryOperand? ParseAnd(string? field)
    {
        var first = ParseUnary(field);
        if (NextKind != QueryTokenKind.And) return first;
        if (first is not { } left) throw new QuerySyntaxException(QueryErrors.NothingBefore(tokens[_next]));
        var operands = new List<QueryOperand> { left };
        while (NextKind == QueryTokenKind.And)
        {
            var op = tokens[_next++];
            operands.Add(ParseUnary(field) ?? throw new QuerySyntaxException(QueryErrors.NothingAfter(op)));
        }
        var clauses = new List<BooleanClause>();
        foreach (var operand in operands)
        {
            if (operand.Node is not { } node) continue;
            clauses.Add(new(operand.Occurrence == Occurrence.MustNot ? Occurrence.MustNot : Occurrence.Must, node));
        }
        return clauses switch
        {
            [] => QueryOperand.Nothing,
            [{ Occurrence: Occurrence.Must } only] => new QueryOperand(only.Node),
            _ => new QueryOperand(new BooleanNode(clauses)),
        };
    }

    // Null when nothing here can start an item (an operator, a closing parenthesis, the end), so the caller can
    // tell "a AND" (an error) from "a AND ()" or "a AND !" (read, adding nothing). Prefixes do not cancel out: any
    // NOT, ! or - excludes the item ("NOT -wind" excludes wind), and a + only counts when nothing excludes.
    private QueryOperand? ParseUnary(string? field)
    {
        var negated = false;
        var required = false;
        var start = _next;
        while (!AtEnd)
        {
            var token = tokens[_next];
            if (token.Kind == QueryTokenKind.Not)
            {
                _next++;
                if (!CanStartItem())
                {
                    // A trailing "!" is punctuation; a trailing NOT was meant as an operator.
                    if (token.Text == "!") return QueryOperand.Nothing;
                    throw new QuerySyntaxException(QueryErrors.NothingAfter(token));
                }
                negated = true;
            }
            else if (token.Kind is QueryTokenKind.Required or QueryTokenKind.Excluded)
            {
                _next++;
                if (token.Kind == QueryTokenKind.Excluded) negated = true;
                else required = true;
            }
            else
            {
                break;
            }
        }

        if (ParsePrimary(field) is not { } primary) return _next > start ? QueryOperand.Nothing : null;
        if (primary.Node is not { } node) return QueryOperand.Nothing;
        negated |= primary.Occurrence == Occurrence.MustNot;
        required |= primary.Occurrence == Occurrence.Must;
        return new QueryOperand(node, negated ? Occurrence.MustNot : required ? Occurrence.Must : Occurrence.Default);
    }

    private bool CanStartItem() => NextKind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field
        or QueryTokenKind.OpenGroup or QueryTokenKind.Not or QueryTokenKind.Required or QueryTokenKind.Excluded;

    private QueryOperand? ParsePrimary(string? field)
    {
        if (AtEnd) return null;
        var token = tokens[_next];
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
                _next++;
                return QueryTerm.FromWord(field, token);
            case QueryTokenKind.Phrase:
                _next++;
                return QueryTerm.FromPhrase(field, token);
            case QueryTokenKind.Field:
                _next++;
                var value = CanStartItem() ? ParseUnary(token.Text) : null;
                return value?.Node is null ? throw new QuerySyntaxException(QueryErrors.EmptyFieldValue(token)) : value;
            case QueryTokenKind.OpenGroup:
                _next++;
                if (++_depth > MaxNesting) throw new QuerySyntaxException(QueryErrors.TooDeeplyNested(token.Position, MaxNesting));
                var group = ParseSequence(field);
                if (NextKind != QueryTokenKind.CloseGroup) throw new QuerySyntaxException(QueryErrors.UnclosedParenthesis(token.Position));
                _next++;
                _depth--;
                return new QueryOperand(group);
            default:
                return null;
        }
    }

    private static QueryNode? Combine(List<QueryOperand> items)
    {
        var clauses = new List<BooleanClause>();
        foreach (var item in items)
        {
            if (item.Node is { } node) clauses.Add(new(item.Occurrence, node));
        }
        // "*" with other words adds nothing to them, and "-*" excludes everything, which nobody means.
        if (clauses.Any(c => c.Node is not MatchAllNode))
            clauses.RemoveAll(c => c.Node is MatchAllNode);
        clauses.RemoveAll(c => c.Node is MatchAllNode && c.Occurrence == Occurrence.MustNot);
        return clauses switch
        {
            [] => null,
            [{ Occurrence: not Occurrence.MustNot } only] => only.Node,
            _ => new BooleanNode(clauses),
        };
    }
}
