using Microsoft.Extensions.Localization;
using SilkRoad.Training.Invitations;
using SilkRoad.Training.Programmes;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Admissions;

/// <summary>Writes an invitation letter in the session's language of instruction, whatever the reader's language.</summary>
public sealed class InvitationLetterPdf(IStringLocalizer<TrainingText> training)
{
    public byte[] Write(InvitationLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        InvitationLetterPdfContent content;
        using (var scope = new CultureScope(letter.InstructionLanguage))
        {
            var culture = scope.Culture;
            var paragraphs = new List<string>
            {
                training["Invitation.Dear", letter.NativeName],
                training["Invitation.Admitted", letter.SessionNumber, letter.ProgrammeTitle, letter.StartsOn.ToString("D", culture.Culture),
                    letter.EndsOn.ToString("D", culture.Culture)],
            };
            if (letter.PassportNumber is { } passport) paragraphs.Add(training["Invitation.Passport", passport]);
            if (letter.Mode != SessionMode.Online && letter.Venue is { } venue) paragraphs.Add(training["Invitation.Venue", venue]);
            if (letter.Mode != SessionMode.OnSite && letter.Platform is { } platform) paragraphs.Add(training["Invitation.Platform", platform]);
            paragraphs.Add(training["Invitation.Closing"]);
            content = new InvitationLetterPdfContent(culture.Code, training["Invitation.Heading"], letter.NativeName, letter.LatinName, paragraphs,
                training["Invitation.Signature"]);
        }
        using var buffer = new MemoryStream();
        InvitationLetterPdfWriter.Write(content, buffer);
        return buffer.ToArray();
    }
}
