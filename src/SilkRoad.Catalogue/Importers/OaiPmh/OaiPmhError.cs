namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>An <c>&lt;error code="…"&gt;</c> of an OAI-PMH response (OAI-PMH 2.0 §3.6), with the line it stands on.</summary>
internal sealed record OaiPmhError(string Code, string Message, long Line);
