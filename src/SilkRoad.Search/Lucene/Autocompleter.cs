using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// Completions of what a user has typed, from whole author names and subjects (a prefix scan of the completion
/// terms, the most frequent first) and from titles (a prefix query on the last word). Built by hand:
/// Lucene.Net.Suggest is not available here.
/// </summary>
internal static class Autocompleter
{
    // A prefix of one letter can match a great many terms; the scan stops after this many.
    private const int MaxTermsScanned = 5_000;

    public static IEnumerable<(string Text, int Frequency)> Values(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var key = Completion.Key(prefix);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(new BytesRef(key)) == TermsEnum.SeekStatus.END) yield break;
        var scanned = 0;
        do
        {
            var term = iterator.Term.Utf8ToString();
            if (!term.StartsWith(key, StringComparison.Ordinal) || ++scanned > MaxTermsScanned) yield break;
            yield return (Completion.Display(term), iterator.DocFreq);
        }
        while (iterator.MoveNext());
    }
}
