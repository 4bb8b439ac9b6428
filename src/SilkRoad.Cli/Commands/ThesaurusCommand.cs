using System.CommandLine;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Translation;

namespace SilkRoad.Cli.Commands;

/// <summary>
/// <c>silkroad thesaurus import FILE...</c>: checks SKOS thesauri (Turtle or RDF/XML, gzipped or not) and keeps them
/// under <c>{data}/thesauri</c>, where search loads them at its next start beside the shipped vocabulary.
/// <c>silkroad thesaurus stats</c> counts what is loaded.
/// </summary>
internal static class ThesaurusCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "SKOS files (.ttl, .rdf, .xml; .gz allowed)", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Check SKOS thesauri and keep them for cross-language search") { files };
        import.SetAction((result, _) => CommandGuard.RunAsync(() => Task.FromResult(Import(result.GetRequiredValue(GlobalOptions.Data), result.GetRequiredValue(files)))));
        var stats = new Command("stats", "Count the concepts and labels cross-language search loads");
        stats.SetAction((result, _) => CommandGuard.RunAsync(() => Task.FromResult(Stats(result.GetRequiredValue(GlobalOptions.Data)))));
        return new Command("thesaurus", "Multilingual thesauri (SKOS) for cross-language search and concept tagging") { import, stats };
    }

    private static int Import(string data, string[] files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file) || !CrossLanguageSourcesLoader.IsThesaurusFile(file))
            {
                Console.Error.WriteLine($"error: {file}: no such file, or not .ttl/.rdf/.xml/.owl");
                failed++;
                continue;
            }
            try
            {
                var (thesaurus, problems) = ThesaurusFiles.Load([() => ThesaurusFiles.Read(file)]);
                foreach (var problem in problems) Console.Error.WriteLine($"warning: {file}: {problem}");
                if (thesaurus.Count == 0) throw new FormatException("no SKOS concept with a label in a working language");
                var folder = CrossLanguageSourcesLoader.ThesaurusFolder(data);
                Directory.CreateDirectory(folder);
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
                Console.WriteLine($"{file}: {thesaurus.Count:N0} concepts, {thesaurus.Concepts.Sum(c => c.Labels.Count):N0} labels");
            }
            catch (Exception e) when (e is Search.Concepts.Rdf.RdfSyntaxException or FormatException or IOException
                or System.Xml.XmlException or InvalidDataException)
            {
                Console.Error.WriteLine($"error: {file}: {e.Message}");
                failed++;
            }
        }
        if (failed < files.Length) Console.WriteLine("restart the portal and run `silkroad reindex` to tag resources with the new concepts");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static int Stats(string data)
    {
        var (sources, problems) = CrossLanguageSourcesLoader.Load(data);
        foreach (var problem in problems) Console.Error.WriteLine($"warning: {problem}");
        var thesaurus = sources.Thesaurus;
        Console.WriteLine($"concepts    {thesaurus.Count:N0}");
        foreach (var language in Core.Languages.Language.All)
        {
            var labelled = thesaurus.Concepts.Count(c => c.PreferredLabel(language.Code) is not null);
            var labels = thesaurus.Concepts.Sum(c => c.Labels.Count(l => l.Language == language.Code));
            Console.WriteLine($"  {language.Code}        {labelled:N0} with a preferred label, {labels:N0} labels");
        }
        foreach (var lexicon in sources.Lexicons)
            Console.WriteLine($"dictionary  {lexicon.Source}-{lexicon.Target}  {lexicon.Entries.Count:N0} headwords");
        return ExitCodes.Success;
    }
}
