using System.Globalization;
using System.Text;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// The position after the last hit of a page, as an opaque URL-safe string: the sort values of that hit. Searching
/// after it costs the same however deep the page is (Lucene's searchAfter), and it stays valid when the index
/// changes, because every sort ends with the resource id.
/// </summary>
internal static class SearchCursor
{
    public static string Encode(SearchSort sort, FieldDoc last)
    {
        var parts = new List<string> { ((int)sort).ToString(CultureInfo.InvariantCulture) };
        foreach (var value in last.Fields)
        {
            parts.Add(value switch
            {
                // Lucene.NET boxes sort values as J2N numbers.
                J2N.Numerics.Single f => "f" + BitConverter.SingleToInt32Bits(f.ToSingle()).ToString(CultureInfo.InvariantCulture),
                J2N.Numerics.Int64 l => "l" + l.ToInt64().ToString(CultureInfo.InvariantCulture),
                float f => "f" + BitConverter.SingleToInt32Bits(f).ToString(CultureInfo.InvariantCulture),
                long l => "l" + l.ToString(CultureInfo.InvariantCulture),
                BytesRef b => "s" + b.Utf8ToString(),
                null => "n",
                _ => throw new InvalidOperationException($"unexpected sort value {value.GetType()}"),
            });
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('\u001f', parts));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position, or null when the cursor is not one of ours or belongs to another sort.</summary>
    public static FieldDoc? Decode(string cursor, SearchSort sort)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('\u001f');
            if (parts[0] != ((int)sort).ToString(CultureInfo.InvariantCulture)) return null;
            // searchAfter throws on values that do not fit the sort (an edited or stale address): each must be the
            // kind its sort field compares, and only a text may be missing.
            var sortFields = SortOrders.For(sort).GetSort();
            if (parts.Length - 1 != sortFields.Length) return null;
            var fields = new object?[parts.Length - 1];
            var score = float.NaN;
            for (var i = 1; i < parts.Length; i++)
            {
                var part = parts[i];
                if (!Fits(part[0], sortFields[i - 1].Type)) return null;
                fields[i - 1] = part[0] switch
                {
                    'f' => J2N.Numerics.Single.GetInstance(score = BitConverter.Int32BitsToSingle(int.Parse(part[1..], CultureInfo.InvariantCulture))),
                    'l' => J2N.Numerics.Int64.GetInstance(long.Parse(part[1..], CultureInfo.InvariantCulture)),
                    's' => new BytesRef(part[1..]),
                    'n' => null,
                    _ => throw new FormatException(),
                };
            }
            // Every sort ends with the unique id, so only the cursor's own document compares equal; a doc number past
            // every real one makes searchAfter skip it.
            return new FieldDoc(int.MaxValue, score, fields!);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static bool Fits(char kind, SortFieldType type) => type switch
    {
        SortFieldType.SCORE => kind == 'f',
        SortFieldType.INT64 => kind == 'l',
        SortFieldType.STRING => kind is 's' or 'n',
        _ => false,
    };
}
