using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>
/// Intent methods over <see cref="AccountsPortal"/> for the session pages: a small session of one's own (its manager
/// and instructor signed in), trainees enrolled in it, a file uploaded as a browser sends it (multipart, with the
/// page's antiforgery token).
/// </summary>
internal static partial class SessionsPortal
{
    private static int _number = 5000;

    public sealed record StaffSession(int Id, int ProgrammeId, IReadOnlyList<int> ItemIds, Visitor Manager, Visitor Instructor, int Number);

    /// <summary>A session of the manager's and instructor's own, starting on <paramref name="start"/> (by default a fixed day of 2026).</summary>
    public static async Task<StaffSession> SessionAsync(this AccountsPortal portal, int capacity = 5, SessionMode mode = SessionMode.OnSite, DateOnly? start = null)
    {
        var number = Interlocked.Increment(ref _number);
        var manager = await portal.CreateUserAsync($"manager{number}@example.org", "ProgrammeManager");
        var instructor = await portal.CreateUserAsync($"instructor{number}@example.org", "Instructor");
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var topic = new Topic { Code = "t" + number, Texts = [new LocalizedTitle { Language = "en", Title = "Energy" }] };
        context.Topics.Add(topic);
        await context.SaveChangesAsync();
        var programme = new Programme
        {
            TopicId = topic.Id,
            Code = "p" + number,
            Texts = [new LocalizedTitle { Language = "en", Title = "New Energy Technologies" }, new LocalizedTitle { Language = "zh", Title = "新能源技术" }],
        };
        context.Programmes.Add(programme);
        await context.SaveChangesAsync();
        var startsOn = start ?? new DateOnly(2026, 10, 12);
        var session = new Session
        {
            ProgrammeId = programme.Id,
            Number = number,
            StartsOn = startsOn,
            EndsOn = startsOn.AddDays(1),
            Mode = mode,
            Venue = "Xi'an",
            InstructionLanguage = "en",
            Capacity = capacity,
            Schedule =
            [
                new ScheduleItem { Day = startsOn, Kind = ScheduleItemKind.SiteVisit, Title = "Solar plant", Place = "Golmud" },
                new ScheduleItem { Day = startsOn.AddDays(1), Kind = ScheduleItemKind.SiteVisit, Title = "Wind farm", Place = "Jiuquan" },
            ],
        };
        context.Sessions.Add(session);
        await context.SaveChangesAsync();
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programme.Id, UserId = manager.Id });
        context.SessionInstructors.Add(new SessionInstructor { SessionId = session.Id, UserId = instructor.Id });
        await context.SaveChangesAsync();
        return new StaffSession(session.Id, programme.Id, session.Schedule.OrderBy(i => i.Day).Select(i => i.Id).ToList(),
            await SignInAsync(portal, manager.Email!), await SignInAsync(portal, instructor.Email!), number);
    }

    /// <summary>Records a trainee, linked to an account when <paramref name="userId"/> is given, and enrols them; returns the enrolment's id.</summary>
    public static async Task<int> EnrolAsync(this AccountsPortal portal, int sessionId, string latinName, string? userId = null, EnrolmentStatus status = EnrolmentStatus.Enrolled)
    {
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var trainee = new Trainee { NativeName = latinName, LatinName = latinName, CountryCode = "PK", UserId = userId };
        context.Trainees.Add(trainee);
        await context.SaveChangesAsync();
        var enrolment = new Enrolment { SessionId = sessionId, TraineeId = trainee.Id, EnrolledAt = DateTime.UtcNow, Status = status };
        context.Enrolments.Add(enrolment);
        await context.SaveChangesAsync();
        return enrolment.Id;
    }

    public static async Task<Visitor> SignInAsync(AccountsPortal portal, string email)
    {
        var visitor = portal.NewVisitor();
        using var response = await visitor.SignInAsync(email, AccountsPortal.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return visitor;
    }

    /// <summary>Opens <paramref name="page"/> and posts a file through its upload form, as a browser does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this Visitor visitor, string page, byte[] content, string fileName)
    {
        var html = await visitor.GetHtmlAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(html)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await visitor.Client.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), form);
    }

    /// <summary>Posts the form of <paramref name="page"/> whose handler is <paramref name="handler"/>, with the token the page gave (or one given, from an earlier page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this Visitor visitor, string page, string? handler, IEnumerable<KeyValuePair<string, string>> fields, string? token = null)
    {
        token ??= Token(await visitor.GetHtmlAsync(page));
        var values = fields.Append(new("__RequestVerificationToken", token)).ToList();
        using var content = new FormUrlEncodedContent(values);
        return await visitor.Client.PostAsync(new Uri(handler is null ? page : $"{page}?handler={handler}", UriKind.Relative), content);
    }

    public static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
