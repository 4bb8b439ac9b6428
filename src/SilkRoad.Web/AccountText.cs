namespace SilkRoad.Web;

/// <summary>
/// The interface text of the account and administration pages and of account mail: <c>Resources/AccountText.resx</c>
/// (English, the fallback) and one <c>AccountText.{code}.resx</c> per other working language. Views read it through
/// <c>IStringLocalizer&lt;AccountText&gt;</c> as <c>A[key]</c>.
/// </summary>
public sealed class AccountText;
