using System.Globalization;
using Microsoft.Extensions.Localization;
using SilkRoad.Core.Languages;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Reports;
using SilkRoad.Web.Cultures;
using SilkRoad.Web.Figures;

namespace SilkRoad.Web.Api;

internal static class TrainingEndpoints
{
    public static void MapTrainingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", StatsAsync);
        var reports = app.MapGroup("/api/training/reports");
        reports.MapGet("/{kind}", ReportAsync);
        reports.MapGet("/{kind}.csv", ReportCsvAsync);
        reports.MapGet("/{kind}.xlsx", ReportXlsxAsync);
        var certificates = app.MapGroup("/api/certificates");
        certificates.MapGet("/{code}", VerifyAsync);
        certificates.MapGet("/{code}/badge", BadgeAsync);
        certificates.MapGet("/{code}/pdf", PdfAsync);
    }

    // The certificate is written in the session's language of instruction, whatever the reader's.
    private static async Task<IResult> PdfAsync(string code, CertificateVerifier verifier, IStringLocalizer<TrainingText> training,
        HttpContext context, CancellationToken cancellationToken)
    {
        var verification = await verifier.VerifyAsync(code, Language.En.Code, cancellationToken);
        if (verification.Status == CertificateVerificationStatus.Revoked)
            return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Certificate revoked", detail: verification.RevocationReason);
        if (verification.Status != CertificateVerificationStatus.Valid)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown certificate");
        var language = Language.TryFind(verification.InstructionLanguage, out var found) ? found.Code : Language.En.Code;
        verification = await verifier.VerifyAsync(code, language, cancellationToken);
        var culture = CultureInfo.GetCultureInfo(language);
        var previous = CultureInfo.CurrentUICulture;
        CertificatePdfContent content;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            string Day(DateOnly? day) => day?.ToString("D", culture) ?? "";
            content = new CertificatePdfContent(language, training["Certificate.Heading"], verification.Name ?? "",
                [
                    training["Certificate.Completed"],
                    verification.ProgrammeTitle ?? "",
                    training["Certificate.Session", verification.SessionNumber ?? 0, Day(verification.SessionStartsOn), Day(verification.SessionEndsOn)],
                ],
                verification.Code ?? "",
                new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/{language}/verify/{verification.Code}"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        using var buffer = new MemoryStream();
        CertificatePdfWriter.Write(content, buffer);
        return TypedResults.File(buffer.ToArray(), "application/pdf", $"certificate-{verification.Code}.pdf");
    }

    private static async Task<IResult> VerifyAsync(string code, string? language, CertificateVerifier verifier, CancellationToken cancellationToken)
    {
        var verification = await verifier.VerifyAsync(code, LanguageOf(language), cancellationToken);
        return verification.Status switch
        {
            CertificateVerificationStatus.Malformed => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a certificate code",
                detail: "A certificate code has 16 letters and digits, such as 7KQ2-M9XD-4RTB-H0WE."),
            CertificateVerificationStatus.Unknown => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown certificate",
                detail: $"No certificate has the code {verification.Code}."),
            _ => TypedResults.Ok(CertificateResponse.From(verification)),
        };
    }

    private static async Task<IResult> BadgeAsync(string code, CertificateVerifier verifier, HttpContext context, CancellationToken cancellationToken)
    {
        var verification = await verifier.VerifyAsync(code, Language.En.Code, cancellationToken);
        if (verification.Status != CertificateVerificationStatus.Valid)
        {
            return verification.Status == CertificateVerificationStatus.Revoked
                ? TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Certificate revoked", detail: verification.RevocationReason)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown certificate");
        }
        // The badge is named in the language the session was taught in, as the certificate is.
        var inOwnLanguage = await verifier.VerifyAsync(code, verification.InstructionLanguage ?? Language.En.Code, cancellationToken);
        var origin = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");
        var badge = OpenBadgeCredential.Create(inOwnLanguage, origin, "SilkRoad International Training Base for Engineers");
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(badge.ToJsonString(BadgeJson)), OpenBadgeCredential.MediaType,
            $"certificate-{verification.Code}.json");
    }

    private static readonly System.Text.Json.JsonSerializerOptions BadgeJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static async Task<IResult> StatsAsync(PortalFiguresReader catalogue, TrainingFiguresReader training, CancellationToken cancellationToken)
    {
        var resources = await catalogue.ReadAsync(cancellationToken);
        var trainees = await training.ReadAsync(cancellationToken);
        var countries = resources.ByCountry.Keys.Select(c => c.ToUpperInvariant()).Union(trainees.TraineeCountryCodes, StringComparer.Ordinal).Count();
        return TypedResults.Ok(new SystemStats(resources.Total, resources.ByType, resources.ByLanguage, resources.Contributors, countries,
            trainees.Topics, trainees.Courses, trainees.Programmes, trainees.Sessions, trainees.Trainees, trainees.TraineeCountries,
            trainees.PartnerInstitutions, trainees.PartnerCountries, trainees.CertificatesIssued));
    }

    private static async Task<IResult> ReportAsync(string kind, [AsParameters] ReportRequest request, TrainingReports reports, IStringLocalizer<TrainingText> training, DisplayNames names,
        CancellationToken cancellationToken)
    {
        if (!TrainingReportSlugs.TryParse(kind, out var parsed)) return UnknownReport(kind);
        if (!request.TryGetFilter(out var filter, out var problem)) return BadFilter(problem);
        return TypedResults.Ok(await ComputeAsync(reports, new ReportLabels(training, names), parsed, request, filter, cancellationToken));
    }

    private static async Task<IResult> ReportCsvAsync(string kind, [AsParameters] ReportRequest request, TrainingReports reports, IStringLocalizer<TrainingText> training, DisplayNames names,
        CancellationToken cancellationToken)
    {
        if (!TrainingReportSlugs.TryParse(kind, out var parsed)) return UnknownReport(kind);
        if (!request.TryGetFilter(out var filter, out var problem)) return BadFilter(problem);
        var report = await ComputeAsync(reports, new ReportLabels(training, names), parsed, request, filter, cancellationToken);
        using var buffer = new MemoryStream();
        await ReportCsvWriter.WriteAsync(report, Header(parsed), buffer, cancellationToken);
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", FileName(parsed, "csv"));
    }

    private static async Task<IResult> ReportXlsxAsync(string kind, [AsParameters] ReportRequest request, TrainingReports reports, IStringLocalizer<TrainingText> training, DisplayNames names,
        CancellationToken cancellationToken)
    {
        if (!TrainingReportSlugs.TryParse(kind, out var parsed)) return UnknownReport(kind);
        if (!request.TryGetFilter(out var filter, out var problem)) return BadFilter(problem);
        var report = await ComputeAsync(reports, new ReportLabels(training, names), parsed, request, filter, cancellationToken);
        using var buffer = new MemoryStream();
        ReportXlsxWriter.Write(report, Header(parsed), parsed.Slug(), buffer);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(parsed, "xlsx"));
    }

    private static string LanguageOf(string? tag) => Language.TryFind(tag, out var language) ? language.Code : Language.En.Code;

    // Rows are named as the report pages name them, in the language asked for: countries, regions, genders and modes
    // from the portal's names, programmes and topics from their titles.
    private static async Task<ReportTable> ComputeAsync(TrainingReports reports, ReportLabels labels, TrainingReportKind kind, ReportRequest request,
        ReportFilter filter, CancellationToken cancellationToken)
    {
        var language = LanguageOf(request.Language);
        var report = await reports.ComputeAsync(kind, language, filter, cancellationToken);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return report with { Rows = report.Rows.Select(r => r with { Label = labels.Row(kind, r) }).ToList() };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadFilter(string problem) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid report filter", detail: problem);

    private static string[] Header(TrainingReportKind kind) =>
        ["key", "label", kind switch
        {
            TrainingReportKind.SessionsByTopic => "sessions",
            TrainingReportKind.AlumniByCountry or TrainingReportKind.AlumniByInstitution => "alumni",
            _ => "trainees",
        }];

    private static string FileName(TrainingReportKind kind, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"trainees-{kind.Slug()}.{extension}");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnknownReport(string kind) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Unknown report",
        detail: $"There is no report '{kind}'. Reports: {string.Join(", ", Enum.GetValues<TrainingReportKind>().Select(k => k.Slug()))}.");
}
