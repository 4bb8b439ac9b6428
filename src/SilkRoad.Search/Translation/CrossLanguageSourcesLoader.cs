using System.Reflection;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Concepts.Rdf;

namespace SilkRoad.Search.Translation;

/// <summary>
/// Loads what cross-language search translates with: the engineering vocabulary shipped with SilkRoad (unless
/// <c>Search:CrossLanguage:DefaultVocabulary</c> is false), every thesaurus imported under
/// <c>{DataPath}/thesauri</c>, and the dictionaries compiled under <c>{DataPath}/dictionaries</c>.
/// </summary>
public static class CrossLanguageSourcesLoader
{
    private const string VocabularyPrefix = "SilkRoad.Vocabulary.";

    public static string ThesaurusFolder(string dataPath) => Path.Combine(dataPath, "thesauri");

    public static string DictionaryFolder(string dataPath) => Path.Combine(dataPath, "dictionaries");

    public static (CrossLanguageSources Sources, IReadOnlyList<string> Problems) Load(string dataPath, bool defaultVocabulary = true)
    {
        var files = new List<Func<IEnumerable<RdfTriple>>>();
        if (defaultVocabulary) files.AddRange(DefaultVocabularyFiles());
        var unreadable = new List<string>();
        var folder = ThesaurusFolder(dataPath);
        if (Directory.Exists(folder))
        {
            // A file that cannot be read is reported and left out: search goes on with the others.
            foreach (var file in Directory.EnumerateFiles(folder).Where(IsThesaurusFile).Order(StringComparer.Ordinal))
            {
                try
                {
                    var triples = ThesaurusFiles.Read(file).ToList();
                    files.Add(() => triples);
                }
                catch (Exception e) when (e is RdfSyntaxException or IOException or System.Xml.XmlException or InvalidDataException)
                {
                    unreadable.Add($"{file}: left out: {e.Message}");
                }
            }
        }
        var (thesaurus, problems) = ThesaurusFiles.Load(files);
        var lexicons = new DictionaryFolder(DictionaryFolder(dataPath)).Load();
        return (new CrossLanguageSources(thesaurus, lexicons), [.. unreadable, .. problems]);
    }

    /// <summary>The vocabulary shipped with SilkRoad alone.</summary>
    public static Thesaurus DefaultVocabulary() => ThesaurusFiles.Load(DefaultVocabularyFiles()).Thesaurus;

    public static bool IsThesaurusFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() is ".ttl" or ".turtle" or ".rdf" or ".xml" or ".owl";
    }

    private static IEnumerable<Func<IEnumerable<RdfTriple>>> DefaultVocabularyFiles()
    {
        var assembly = typeof(CrossLanguageSourcesLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(VocabularyPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (Func<IEnumerable<RdfTriple>>)(() => Read(assembly, name)));
    }

    private static IEnumerable<RdfTriple> Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!; // the name came from the assembly's own list
        using var reader = new StreamReader(stream);
        foreach (var triple in TurtleReader.Read(reader, name[VocabularyPrefix.Length..])) yield return triple;
    }
}
