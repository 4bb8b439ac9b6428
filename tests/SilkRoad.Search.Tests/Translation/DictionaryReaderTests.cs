using System.Text;
using SilkRoad.Search.Translation;

namespace SilkRoad.Search.Tests.Translation;

public sealed class DictionaryReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-dict-").FullName;

    // A dictd pair as FreeDict ships it: entries concatenated, the index giving offset and length in base64 digits.
    private string WriteFreeDict(string name, params (string Headword, string Entry)[] entries)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        static string Encode(int value)
        {
            var text = "";
            do
            {
                text = digits[value % 64] + text;
                value /= 64;
            }
            while (value > 0);
            return text;
        }
        var data = new MemoryStream();
        var index = new StringBuilder("00databaseinfo\tA\tB\n");
        foreach (var (headword, entry) in entries)
        {
            var bytes = Encoding.UTF8.GetBytes(entry);
            index.Append(headword).Append('\t').Append(Encode((int)data.Length)).Append('\t').Append(Encode(bytes.Length)).Append('\n');
            data.Write(bytes);
        }
        File.WriteAllBytes(Path.Combine(_folder, name + ".dict"), data.ToArray());
        var path = Path.Combine(_folder, name + ".index");
        File.WriteAllText(path, index.ToString());
        return path;
    }

    [Fact]
    public void A_freedict_entry_gives_each_sense_without_pronunciations_numbers_or_qualified_senses()
    {
        var path = WriteFreeDict("freedict-eng-fra",
            ("engine", "engine /endʒin/\n1. locomotive\n2. machine, moteur\n"),
            ("bridge", "bridge /bridʒ/ <n>\npont\nbridge (card game)\n"));

        var lexicon = FreeDictReader.Read(path);

        Assert.Equal(("en", "fr"), (lexicon.Source, lexicon.Target));
        Assert.Equal(["locomotive", "machine", "moteur"], lexicon.Entries["engine"]);
        Assert.Equal(["pont"], lexicon.Entries["bridge"]);
        Assert.False(lexicon.Entries.ContainsKey("00databaseinfo"));
    }

    [Fact]
    public void A_freedict_file_not_naming_two_working_languages_or_pointing_outside_its_data_is_refused()
    {
        var german = WriteFreeDict("freedict-deu-eng", ("Brücke", "Brücke\nbridge\n"));
        var broken = Path.Combine(_folder, "freedict-eng-spa.index");
        File.WriteAllText(broken, "bridge\tA\tZZZ\n");
        File.WriteAllText(Path.Combine(_folder, "freedict-eng-spa.dict"), "bridge\npuente\n");

        Assert.Contains("two working languages", Assert.Throws<FormatException>(() => FreeDictReader.Read(german)).Message, StringComparison.Ordinal);
        Assert.Contains(":1:", Assert.Throws<FormatException>(() => FreeDictReader.Read(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cedict_text_and_the_npm_package_data_give_the_same_translations()
    {
        var text = Path.Combine(_folder, "cedict_ts.u8");
        File.WriteAllText(text, """
            # CC-CEDICT
            橋梁 桥梁 [qiao2 liang2] /bridge (lit. and fig.)/
            光伏 光伏 [guang1 fu2] /photovoltaic (e.g. cell)/
            橋牌 桥牌 [qiao2 pai2] /contract bridge (card game)/
            打印 打印 [da3 yin4] /to print/to stamp/CL:個|个[ge4]/
            """);
        var js = Path.Combine(_folder, "all.js");
        File.WriteAllText(js, """
            export default {"all":[["橋梁","桥梁","qiao2 liang2","bridge (lit. and fig.)",[],[]],["光伏","光伏","guang1 fu2","photovoltaic (e.g. cell)",[],[]],["橋牌","桥牌","qiao2 pai2","contract bridge (card game)",[],[]],["打印","打印","da3 yin4",["to print","to stamp","CL:個|个[ge4]"],[],[]]]}
            """);

        foreach (var lexicon in new[] { CedictReader.Read(text), CedictReader.Read(js) })
        {
            Assert.Equal(("zh", "en"), (lexicon.Source, lexicon.Target));
            Assert.Equal(["bridge"], lexicon.Entries["桥梁"]);
            Assert.Equal(["photovoltaic"], lexicon.Entries["光伏"]);
            Assert.Equal(["to print", "to stamp"], lexicon.Entries["打印"]);
            Assert.False(lexicon.Entries.ContainsKey("桥牌"));
        }
    }

    [Fact]
    public void A_malformed_cedict_line_is_reported_with_its_number()
    {
        var text = Path.Combine(_folder, "cedict_ts.u8");
        File.WriteAllText(text, "橋梁 桥梁 [qiao2 liang2] /bridge/\nnot an entry\n");

        Assert.Contains("cedict_ts.u8:2:", Assert.Throws<FormatException>(() => CedictReader.Read(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_lexicon_prefers_first_senses_compounds_and_nouns_and_the_compiled_file_reads_back()
    {
        var builder = new BilingualLexicon.Builder("zh", "en");
        builder.Add("桥", ["bridge"]);
        builder.Add("桥梁", ["bridge"]);
        builder.Add("渡槽", ["aqueduct", "bridge"]);
        builder.Add("架桥", ["to bridge"]);
        builder.Add("浇灌", ["to water", "to irrigate"]);
        builder.Add("水", ["water", "river"]);
        var path = Path.Combine(_folder, "zh-en.tsv");
        builder.Build().Save(path);

        var inverted = BilingualLexicon.Load(path).Inverted();

        Assert.Equal(("en", "zh"), (inverted.Source, inverted.Target));
        Assert.Equal(["桥梁", "桥", "渡槽", "架桥"], inverted.Entries["bridge"]);
        Assert.Equal(["水", "浇灌"], inverted.Entries["water"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
