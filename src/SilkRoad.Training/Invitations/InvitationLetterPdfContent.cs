namespace SilkRoad.Training.Invitations;

/// <summary>
/// What an invitation letter says, already in its language (the session's language of instruction): a heading, the
/// person's names (in their own script and in Latin letters), the paragraphs (wrapped to the page), and the signature.
/// </summary>
public sealed record InvitationLetterPdfContent(
    string Language,
    string Heading,
    string NativeName,
    string LatinName,
    IReadOnlyList<string> Paragraphs,
    string Signature);
