namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>Why a response could not be read on: broken XML, or a document that is not an OAI-PMH response.</summary>
internal sealed record OaiPmhReadFailure(long Line, string Reason);
