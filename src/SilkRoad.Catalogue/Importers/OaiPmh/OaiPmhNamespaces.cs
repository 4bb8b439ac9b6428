using System.Xml.Linq;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

internal static class OaiPmhNamespaces
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
}
