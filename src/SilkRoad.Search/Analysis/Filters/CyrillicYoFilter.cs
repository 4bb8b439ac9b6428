using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SilkRoad.Search.Analysis.Filters;

/// <summary>Writes Russian <c>ё</c> as <c>е</c>. Most Russian print and nearly every query omit the diaeresis
/// (<c>Пётр</c>/<c>Петр</c>, <c>своё</c>/<c>свое</c>), and ASCII folding rightly leaves Cyrillic alone.</summary>
internal sealed class CyrillicYoFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public CyrillicYoFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] == 'ё') buffer[i] = 'е';
            else if (buffer[i] == 'Ё') buffer[i] = 'Е';
        }
        return true;
    }
}
