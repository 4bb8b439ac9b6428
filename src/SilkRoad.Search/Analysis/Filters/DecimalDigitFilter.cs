using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SilkRoad.Search.Analysis.Filters;

/// <summary>Writes any script's decimal digits as ASCII digits: Arabic titles often give years as <c>٢٠٢٠</c>, which
/// must match <c>2020</c>. Lucene 4.8 has no such filter (5.4 added one of the same name).</summary>
internal sealed class DecimalDigitFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DecimalDigitFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            var c = buffer[i];
            if (c > 0x7F && char.IsDigit(c)) buffer[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
        }
        return true;
    }
}
