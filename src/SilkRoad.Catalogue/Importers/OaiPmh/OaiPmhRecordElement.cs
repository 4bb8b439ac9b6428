using System.Xml.Linq;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>One <c>&lt;record&gt;</c> of a response and the 1-based line where it starts.</summary>
internal sealed record OaiPmhRecordElement(XElement Element, long Line);
