namespace SilkRoad.Web;

/// <summary>
/// The interface text of the training base's pages (verification, calls for applications, reports):
/// <c>Resources/TrainingText.resx</c> (English, the fallback) and one <c>TrainingText.{code}.resx</c> per other working
/// language, apart from <see cref="PortalText"/> so that the two grow without treading on each other. Views read it
/// through <c>IStringLocalizer&lt;TrainingText&gt;</c>, injected as <c>TT</c>.
/// </summary>
public sealed class TrainingText;
