namespace SilkRoad.Web.Api;

/// <summary>The answer of <c>GET /api/accounts/key</c>: the key's purpose and its scopes.</summary>
internal sealed record ApiKeyIdentity(string? Name, IReadOnlyList<string> Scopes);
