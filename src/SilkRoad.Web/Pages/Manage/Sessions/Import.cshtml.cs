using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Cohorts;

namespace SilkRoad.Web.Pages.Manage.Sessions;

/// <summary>
/// Bulk enrolment of a cohort from a CSV or Excel file: upload → preview of every row → confirm. The file is kept on
/// the server under a token bound to the user and session (<see cref="CohortUploads"/>); the confirmation sends only the
/// token, and the importer checks everything again before it saves all or nothing.
/// </summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
[RequestSizeLimit(RequestLimit)]
public sealed class ImportModel(CohortImporter importer, CohortUploads uploads, TimeProvider time) : PageModel
{
    // Files up to this size are read and refused with a message that names the limit; anything bigger is cut off by
    // the server (413) before it is read at all.
    private const long RequestLimit = 8 * CohortFileReader.MaxBytes;

    public int SessionId { get; private set; }

    public CohortPreview? Preview { get; private set; }

    /// <summary>The token of the previewed upload, for the confirmation form.</summary>
    public string? Token { get; private set; }

    public CohortImportResult? Imported { get; private set; }

    /// <summary>The confirmation named no upload of this user's for this session that is still kept.</summary>
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        SessionId = id;
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        return await IsOursAsync(actor, id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetTemplateAsync(int id, CancellationToken cancellationToken)
    {
        // The template names the session's id: another programme's session is not found here either.
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (!await IsOursAsync(actor, id, cancellationToken)) return NotFound();
        var text = string.Join(",", CohortColumns.All.Select(c => c.Header)) + "\r\n"
            + "Сомчай Прасерт,Somchai Prasert,somchai@example.org,TH,1990-04-05,M,King Mongkut's University of Technology,Hydropower,AA1234567,\"126 Pracha Uthit Rd, Bangkok 10140\"\r\n";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", $"cohort-session-{id}.csv");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        SessionId = id;
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        CohortFile cohort;
        byte[] content = [];
        if (file is null || file.Length == 0)
        {
            cohort = CohortFile.Refused(CohortProblemCode.NoRows);
        }
        else if (file.Length > CohortFileReader.MaxBytes)
        {
            cohort = CohortFile.Refused(CohortProblemCode.TooLarge);
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
            cohort = CohortFileReader.Read(content);
        }
        Preview = await importer.PreviewAsync(actor, id, cohort, cancellationToken);
        if (Preview is null) return NotFound();
        if (Preview.CanConfirm)
        {
            var name = Path.GetFileName(file!.FileName); // CanConfirm needs rows, so there was a file
            Token = await uploads.SaveAsync(new CohortUpload(actor.UserId, id, name, time.GetUtcNow().UtcDateTime, content), cancellationToken);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, string? token, CancellationToken cancellationToken)
    {
        SessionId = id;
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        var upload = await uploads.FindAsync(token, actor.UserId, id, cancellationToken);
        if (upload is null)
        {
            // Unknown, someone else's, another session's or expired: start again with the file.
            Expired = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await IsOursAsync(actor, id, cancellationToken) ? Page() : NotFound();
        }
        var result = await importer.ImportAsync(actor, id, CohortFileReader.Read(upload.Content), cancellationToken);
        if (result.Outcome == CohortImportOutcome.SessionNotFound) return NotFound();
        if (result.Outcome == CohortImportOutcome.Imported)
        {
            uploads.Delete(token!); // found above, so a token
            Imported = result;
        }
        else
        {
            Preview = result.Preview;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }

    // An empty file only to learn whether the session is the actor's: the page says nothing of others.
    private async Task<bool> IsOursAsync(SilkRoad.Training.Access.Actor actor, int id, CancellationToken cancellationToken) =>
        await importer.PreviewAsync(actor, id, new CohortFile([], []), cancellationToken) is not null;
}
