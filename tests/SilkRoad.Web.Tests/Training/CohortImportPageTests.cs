using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Storage;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

public sealed partial class CohortImportPageTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private const string Header = "native_name,latin_name,email,country,birth_date,gender,institution,discipline";

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");

    private async Task<int> EnrolmentsAsync(int sessionId)
    {
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        return await context.Enrolments.CountAsync(e => e.SessionId == sessionId);
    }

    [Fact]
    public async Task ACleanFileIsPreviewedThenEnrolledWhenConfirmed()
    {
        var session = await portal.SessionAsync();
        var page = $"/en/manage/sessions/{session.Id}/import";

        using var preview = await session.Manager.UploadAsync(page, Csv(
            "Сомчай,Somchai Prasert,somchai@example.org,TH,1990-04-05,M,KMUTT,Hydropower",
            ",Amina Okello,amina@example.org,Uganda,,F,,"), "cohort.csv");
        var previewHtml = await SessionsPortal.TextAsync(preview);
        var token = TokenField().Match(previewHtml).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Somchai Prasert", previewHtml, StringComparison.Ordinal);
        Assert.Contains("No problems found. Enrol these 2 people now?", previewHtml, StringComparison.Ordinal);
        Assert.Equal(0, await EnrolmentsAsync(session.Id));
        // Kept for the confirmation encrypted, as the store keeps these fields: neither a name nor a birth date reads on disk.
        var kept = await File.ReadAllTextAsync(Path.Combine(portal.DataPath, "cohort-uploads", token + ".upload"));
        Assert.DoesNotContain("Somchai", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("1990-04-05", kept, StringComparison.Ordinal);

        using var confirmed = await session.Manager.PostFormAsync(page, "Confirm", [new("token", token)]);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("2 people enrolled, 2 of them new to the base.", await SessionsPortal.TextAsync(confirmed), StringComparison.Ordinal);
        Assert.Equal(2, await EnrolmentsAsync(session.Id));
        // The token is spent: confirming again enrols nobody twice.
        using var again = await session.Manager.PostFormAsync(page, "Confirm", [new("token", token)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(2, await EnrolmentsAsync(session.Id));
    }

    [Fact]
    public async Task EveryProblemIsNamedWithItsRowInTheUsersLanguageAndTheFileCannotBeConfirmed()
    {
        var session = await portal.SessionAsync(capacity: 1);
        var page = $"/zh/manage/sessions/{session.Id}/import";

        using var response = await session.Manager.UploadAsync(page, Csv(
            ",,x@example.org,TH,,,,",
            ",Bad Mail,not-mail,TH,,,,",
            ",Far Away,,Atlantis,,,,"), "cohort.csv");
        var html = await SessionsPortal.TextAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("拉丁字母姓名：缺少姓名。", html, StringComparison.Ordinal);
        Assert.Contains("电子邮箱：不是有效的电子邮箱地址。", html, StringComparison.Ordinal);
        Assert.Contains("国家：无法识别该国家。", html, StringComparison.Ordinal);
        Assert.Contains("该文件目前无法录取", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"token\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExcelWorkbookIsPreviewedLikeACsvFile()
    {
        var session = await portal.SessionAsync();
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
            worksheet.Worksheet = new Worksheet(new SheetData(
                new Row(Text("latin_name"), Text("country"), Text("birth_date")),
                new Row(Text("Bilal Khan"), Text("Pakistan"), new Cell { DataType = CellValues.Number, CellValue = new CellValue(32874) })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Cohort" }));
        }

        using var response = await session.Manager.UploadAsync($"/en/manage/sessions/{session.Id}/import", output.ToArray(), "cohort.xlsx");
        var html = await SessionsPortal.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bilal Khan", html, StringComparison.Ordinal);
        Assert.Contains("No problems found. Enrol these 1 people now?", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF })]
    [InlineData("broken.xlsx", new byte[] { (byte)'P', (byte)'K', 3, 4, 9, 9, 9, 9 })]
    public async Task AFileThatIsNeitherCsvNorExcelIsReportedNotFailed(string name, byte[] content)
    {
        var session = await portal.SessionAsync();

        using var response = await session.Manager.UploadAsync($"/en/manage/sessions/{session.Id}/import", content, name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("File: this is neither a CSV file (UTF-8) nor an Excel workbook, or it is damaged.", await SessionsPortal.TextAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithAClearMessage()
    {
        var session = await portal.SessionAsync();
        var big = Csv(Enumerable.Range(0, 30_000).Select(i => $",Person Number {i:D6} With A Long Name,,TH,,,,").ToArray());

        using var response = await session.Manager.UploadAsync($"/en/manage/sessions/{session.Id}/import", big, "big.csv");

        Assert.True(big.Length > 1024 * 1024);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("File: the file is too large.", await SessionsPortal.TextAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreviewTokenIsBoundToTheUserWhoUploaded()
    {
        var session = await portal.SessionAsync();
        var page = $"/en/manage/sessions/{session.Id}/import";
        var colleague = await portal.CreateUserAsync($"colleague{session.Id}@example.org", "ProgrammeManager");
        await using (var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
        {
            context.ProgrammeManagers.Add(new SilkRoad.Training.Programmes.ProgrammeManager { ProgrammeId = session.ProgrammeId, UserId = colleague.Id });
            await context.SaveChangesAsync();
        }
        var other = await SessionsPortal.SignInAsync(portal, colleague.Email!);
        using var preview = await session.Manager.UploadAsync(page, Csv(",Anna Lee,anna@example.org,KZ,,,,"), "cohort.csv");
        var token = TokenField().Match(await SessionsPortal.TextAsync(preview)).Groups[1].Value;

        using var forged = await other.PostFormAsync(page, "Confirm", [new("token", token)]);

        Assert.Equal(48, token.Length);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Contains("This preview is no longer valid.", await SessionsPortal.TextAsync(forged), StringComparison.Ordinal);
        Assert.Equal(0, await EnrolmentsAsync(session.Id));
    }

    [Fact]
    public async Task TheTemplateIsACsvFileWithEveryColumn()
    {
        var session = await portal.SessionAsync();

        using var response = await session.Manager.GetAsync($"/en/manage/sessions/{session.Id}/import?handler=Template");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(Header + ",passport_number,address\r\n", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheSessionsManagersMayImport()
    {
        var session = await portal.SessionAsync();
        var stranger = await portal.SignedInAsync($"stranger{session.Id}@example.org", "ProgrammeManager");
        var page = $"/en/manage/sessions/{session.Id}/import";

        using var strangerGet = await stranger.GetAsync(page);
        using var instructorGet = await session.Instructor.GetAsync(page);
        using var anonymous = await portal.NewVisitor().GetAsync(page);

        Assert.Equal(HttpStatusCode.NotFound, strangerGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, instructorGet.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [GeneratedRegex("name=\"token\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();
}
