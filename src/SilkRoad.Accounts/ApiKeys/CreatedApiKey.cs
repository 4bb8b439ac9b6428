namespace SilkRoad.Accounts.ApiKeys;

/// <summary>A new key and its full text, which exists only here: show it once, it cannot be read back.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
