using System.Globalization;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Attendance;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.DemoData;

/// <summary>
/// Makes a demo training base at the real base's scale — 18 topics, 243 courses, 98 programmes, sessions numbered
/// past the hundredth, 17,194 trainees from 115 countries, partners in 8 countries — with applications, enrolments,
/// attendance and certificates. The same every time (one seeded generator, fixed dates), so reports and tests can
/// rely on it. Every person is generated: e-mail addresses are at example.org, institutions are named "Demo".
/// </summary>
public static class TrainingDemoGenerator
{
    public const int TraineeCount = 17_194;

    /// <summary>The demo's "today": sessions starting before it have run; the few after it have open calls.</summary>
    public static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly DateOnly FirstSession = new(2013, 3, 1);
    private static readonly DateOnly PandemicStart = new(2020, 2, 1);
    private static readonly DateOnly PandemicEnd = new(2022, 12, 31);
    private const int ScheduleItemsPerSession = 10;

    // Share of sessions taught in each language: mostly English, then Russian for Central Asia, French and Arabic for Africa.
    private static readonly (string Language, int Weight)[] InstructionLanguages =
        [("en", 60), ("ru", 14), ("fr", 9), ("ar", 7), ("es", 5), ("zh", 5)];

    /// <param name="callsFrom">The day the upcoming sessions' calls are counted from, so that a portal seeded today
    /// has open calls; <see cref="Today"/> when not given. Nothing else depends on it.</param>
    public static TrainingDemoData Generate(DateOnly? callsFrom = null)
    {
        var random = new Random(20130301);
        var data = new TrainingDemoData();
        AddTopicsAndCourses(data);
        AddProgrammes(data);
        AddPartners(data);
        AddSessions(data, random, callsFrom ?? Today);
        AddTrainees(data, random);
        AddEnrolments(data, random);
        return data;
    }

    private static List<LocalizedTitle> Titles(Func<int, string> title, Func<int, string?>? description = null) =>
        DemoVocabulary.LanguageOrder.Select((language, i) => new LocalizedTitle
        {
            Language = language,
            Title = title(i),
            Description = description?.Invoke(i),
        }).ToList();

    private static void AddTopicsAndCourses(TrainingDemoData data)
    {
        for (var t = 0; t < DemoVocabulary.Topics.Count; t++)
        {
            var (code, names) = DemoVocabulary.Topics[t];
            var topic = new Topic { Id = t + 1, Code = code, Texts = Titles(i => names[i]) };
            data.Topics.Add(topic);
            // 9 topics × 14 courses + 9 × 13 = 243.
            var courses = t < 9 ? 14 : 13;
            for (var a = 0; a < courses; a++)
            {
                var aspect = DemoVocabulary.Aspects[a];
                var id = data.Courses.Count + 1;
                data.Courses.Add(new Course
                {
                    Id = id,
                    TopicId = topic.Id,
                    Code = $"{code}-{a + 1:00}",
                    Instructor = DemoVocabulary.Instructors[id % DemoVocabulary.Instructors.Length],
                    Hours = 8 + id % 5 * 4,
                    Texts = Titles(
                        i => string.Format(CultureInfo.InvariantCulture, DemoVocabulary.CourseTitleFormat[i], names[i], aspect[i]),
                        i => i < DemoVocabulary.CourseDescriptionFormat.Length
                            ? string.Format(CultureInfo.InvariantCulture, DemoVocabulary.CourseDescriptionFormat[i], names[i], aspect[i])
                            : null),
                });
            }
        }
    }

    private static void AddProgrammes(TrainingDemoData data)
    {
        foreach (var topic in data.Topics)
        {
            var names = DemoVocabulary.Topics[topic.Id - 1].Names;
            // 8 topics × 6 programmes + 10 × 5 = 98.
            var kinds = topic.Id <= 8 ? 6 : 5;
            for (var k = 0; k < kinds; k++)
            {
                var kind = DemoVocabulary.ProgrammeKinds[k];
                data.Programmes.Add(new Programme
                {
                    Id = data.Programmes.Count + 1,
                    TopicId = topic.Id,
                    Code = $"{topic.Code}-p{k + 1}",
                    Texts = Titles(i => string.Format(CultureInfo.InvariantCulture, kind[i], names[i])),
                });
            }
        }
    }

    private static void AddPartners(TrainingDemoData data)
    {
        var start = new DateOnly(2014, 1, 1);
        foreach (var (country, name, latinName, city) in DemoVocabulary.Partners)
        {
            var id = data.Partners.Count + 1;
            var signed = start.AddDays(id * 97);
            data.Partners.Add(new PartnerInstitution
            {
                Id = id,
                Name = name,
                LatinName = latinName,
                CountryCode = country,
                City = city,
                Contacts =
                [
                    new PartnerContact
                    {
                        Id = id,
                        PartnerId = id,
                        Name = $"Demo Coordinator {id}",
                        Role = "International cooperation office",
                        Email = $"partner{id:00}@example.org",
                    },
                ],
                Agreements =
                [
                    new PartnerAgreement
                    {
                        PartnerId = id,
                        SignedOn = signed,
                        StartsOn = signed.AddDays(30),
                        EndsOn = id % 3 == 0 ? null : signed.AddYears(5),
                        Scope = DemoVocabulary.AgreementScopes[id % DemoVocabulary.AgreementScopes.Length],
                    },
                ],
            });
            // One partner in three renewed its five-year agreement, so that the partners' pages show current and expired ones side by side.
            if (id % 3 == 1)
            {
                var renewed = signed.AddYears(5).AddDays(-60);
                data.Partners[^1].Agreements.Add(new PartnerAgreement
                {
                    PartnerId = id,
                    SignedOn = renewed,
                    StartsOn = signed.AddYears(5).AddDays(30),
                    EndsOn = signed.AddYears(10).AddDays(30),
                    Scope = DemoVocabulary.AgreementScopes[(id + 1) % DemoVocabulary.AgreementScopes.Length],
                });
            }
        }
        var agreementId = 0;
        foreach (var agreement in data.Partners.SelectMany(p => p.Agreements)) agreement.Id = ++agreementId;
    }

    private static void AddSessions(TrainingDemoData data, Random random, DateOnly callsFrom)
    {
        var span = Today.DayNumber - 60 - FirstSession.DayNumber;
        var drafts = new List<Session>();
        foreach (var programme in data.Programmes)
        {
            var online = programme.Code.EndsWith("-p6", StringComparison.Ordinal);
            var runs = random.Next(3, 7);
            for (var r = 0; r < runs; r++)
                drafts.Add(Draft(programme, FirstSession.AddDays(random.Next(span)), online, random));
        }
        // Calls open now: one upcoming session in every eleventh programme.
        foreach (var programme in data.Programmes.Where(p => p.Id % 11 == 0))
            drafts.Add(Draft(programme, (callsFrom > Today ? callsFrom : Today).AddDays(random.Next(60, 240)), false, random));

        var number = 0;
        foreach (var session in drafts.OrderBy(s => s.StartsOn).ThenBy(s => s.ProgrammeId))
        {
            session.Id = session.Number = ++number;
            if (session.Venue is not null && session.Venue.Length == 0)
            {
                var partner = data.Partners[random.Next(data.Partners.Count)];
                session.Venue = $"{partner.City}, {partner.LatinName}";
            }
            session.Platform = session.Mode == SessionMode.OnSite ? null : $"https://learn.example.org/sessions/{session.Number}";
            var partners = data.Partners.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
            session.Partners = partners.Select(p => new SessionPartner { SessionId = session.Id, PartnerId = p.Id }).ToList();
            session.Schedule = Schedule(data, session, random);
            data.Sessions.Add(session);
        }
    }

    private static Session Draft(Programme programme, DateOnly start, bool online, Random random)
    {
        var mode = online || (start >= PandemicStart && start <= PandemicEnd) ? SessionMode.Online
            : start.Year >= 2023 && random.Next(10) < 3 ? SessionMode.Blended
            : SessionMode.OnSite;
        var days = mode switch { SessionMode.OnSite => 14, SessionMode.Blended => 12, _ => 10 };
        return new Session
        {
            ProgrammeId = programme.Id,
            StartsOn = start,
            EndsOn = start.AddDays(days - 1),
            Mode = mode,
            // Most on-site sessions are at the base in Xi'an; one in eight at a partner abroad (the venue is filled in
            // once the partners are chosen: an empty string marks it).
            Venue = mode == SessionMode.Online ? null : random.Next(8) == 0 ? "" : "Xi'an, International Training Centre",
            InstructionLanguage = Pick(InstructionLanguages, random),
            Capacity = 40,
            ApplicationDeadline = start.AddDays(-30),
        };
    }

    private static List<ScheduleItem> Schedule(TrainingDemoData data, Session session, Random random)
    {
        var topicId = data.Programmes[session.ProgrammeId - 1].TopicId;
        var courses = data.Courses.Where(c => c.TopicId == topicId).OrderBy(_ => random.Next()).ToList();
        var visits = session.Mode == SessionMode.Online ? 0 : 2;
        var length = session.EndsOn.DayNumber - session.StartsOn.DayNumber + 1;
        var items = new List<ScheduleItem>();
        for (var i = 0; i < ScheduleItemsPerSession; i++)
        {
            var day = session.StartsOn.AddDays(i * length / ScheduleItemsPerSession);
            var id = (session.Id - 1) * ScheduleItemsPerSession + i + 1;
            if (i >= ScheduleItemsPerSession - visits)
            {
                var (title, place) = DemoVocabulary.SiteVisits[random.Next(DemoVocabulary.SiteVisits.Length)];
                items.Add(new ScheduleItem { Id = id, SessionId = session.Id, Day = day, Kind = ScheduleItemKind.SiteVisit, Title = title, Place = place });
            }
            else
            {
                items.Add(new ScheduleItem { Id = id, SessionId = session.Id, Day = day, Kind = ScheduleItemKind.Course, CourseId = courses[i % courses.Count].Id });
            }
        }
        return items;
    }

    private static void AddTrainees(TrainingDemoData data, Random random)
    {
        var countries = DemoCountries.All;
        var weights = countries.Select(c => (c, c.Weight)).ToArray();
        var personKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 1; id <= TraineeCount; id++)
        {
            // Every country at least once, then by weight.
            var country = id <= countries.Count ? countries[id - 1] : Pick(weights, random);
            var roll = random.Next(100);
            var gender = roll < 37 ? Gender.Female : roll < 98 ? Gender.Male : Gender.Unspecified;
            var givenPool = DemoNames.Given(country.Script).Where(n => gender == Gender.Unspecified || n.Female == (gender == Gender.Female)).ToList();
            var given = givenPool[random.Next(givenPool.Count)];
            var familyPool = DemoNames.Family(country.Script);
            var family = familyPool[random.Next(familyPool.Count)];
            var feminine = gender == Gender.Female && family.FeminineNative is not null;
            var nativeName = $"{given.Native} {(feminine ? family.FeminineNative : family.Native)}";
            var latinName = $"{given.Latin} {(feminine ? family.FeminineLatin : family.Latin)}";
            DateOnly birth;
            string personKey;
            do
            {
                birth = new DateOnly(1962, 1, 1).AddDays(random.Next(36 * 365));
                personKey = TraineeIdentity.PersonKey(latinName, birth, country.Code)!; // a name, a date and a country: never null
            }
            while (!personKeys.Add(personKey));
            var partners = data.Partners.Where(p => p.CountryCode == country.Code).ToList();
            var email = $"trainee{id:00000}@example.org";
            data.Trainees.Add(new Trainee
            {
                Id = id,
                NativeName = nativeName,
                LatinName = latinName,
                BirthDate = birth,
                CountryCode = country.Code,
                Gender = gender,
                Institution = partners.Count > 0 && random.Next(3) == 0
                    ? partners[random.Next(partners.Count)].LatinName
                    : $"Demo Institute of Engineering No. {random.Next(1, 40)} ({country.Code})",
                Discipline = DemoVocabulary.Disciplines[random.Next(DemoVocabulary.Disciplines.Length)],
                Email = email,
                EmailKey = TraineeIdentity.EmailKey(email),
                // No country has the calling code 000: clearly not a real number.
                Phone = $"+000 555 {id:00000}",
                PersonKey = personKey,
            });
        }
    }

    private static void AddEnrolments(TrainingDemoData data, Random random)
    {
        var past = data.Sessions.Where(s => s.StartsOn < Today).ToList();
        // One slot per seat taken: every trainee fills one, and about 1,100 come back for a second session.
        var sizes = past.ToDictionary(s => s.Id, _ => random.Next(30, 57));
        while (sizes.Values.Sum() < TraineeCount + 1_100) sizes[past[random.Next(past.Count)].Id]++;
        var slots = sizes.SelectMany(s => Enumerable.Repeat(s.Key, s.Value)).OrderBy(_ => random.Next()).ToList();
        var seated = new HashSet<(int Session, int Trainee)>();
        var order = Enumerable.Range(1, TraineeCount).OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            var trainee = i < order.Count ? order[i] : random.Next(1, TraineeCount + 1);
            while (!seated.Add((slots[i], trainee))) trainee = random.Next(1, TraineeCount + 1);
        }

        var sessions = data.Sessions.ToDictionary(s => s.Id);
        var trainees = data.Trainees.ToDictionary(t => t.Id);
        var returning = new HashSet<int>();
        foreach (var (sessionId, traineeId) in seated.OrderBy(s => s.Session).ThenBy(s => s.Trainee))
            Enrol(data, sessions[sessionId], trainees[traineeId], !returning.Add(traineeId), random);
        AddRefusedApplications(data, past, seated, random);
        foreach (var session in data.Sessions)
        {
            var enrolled = data.Enrolments.Count(e => e.SessionId == session.Id);
            session.Capacity = Math.Max(40, enrolled + random.Next(0, 8));
        }
        SetTargetCountriesAndLanguages(data, random);
        RevokeAFew(data);
        OptIntoAlumniDirectory(data);
        AddPendingApplications(data);
        TrainingDemoActivity.Add(data);
    }

    // Applications waiting for a decision on the sessions whose calls are open, so that a manager's desk has work:
    // a dozen or so each, from people of the countries a session is for, some nominated by its partners, made in a
    // portal language the person works in. A random of its own, so that the rest of the demo base does not change.
    private static void AddPendingApplications(TrainingDemoData data)
    {
        var random = new Random(20_260_101);
        var byCountry = data.Trainees.ToLookup(t => t.CountryCode);
        var partners = data.Partners.ToDictionary(p => p.Id);
        foreach (var session in data.Sessions.Where(s => s.StartsOn > Today))
        {
            var candidates = session.TargetCountries.SelectMany(c => byCountry[c.CountryCode]).ToList();
            var chosen = new HashSet<int>();
            for (var n = random.Next(8, 16); n > 0 && chosen.Count < candidates.Count; n--)
            {
                var trainee = candidates[random.Next(candidates.Count)];
                if (!chosen.Add(trainee.Id)) continue;
                var nominator = session.Partners.Select(p => partners[p.PartnerId]).FirstOrDefault(p => p.CountryCode == trainee.CountryCode);
                data.Applications.Add(new TrainingApplication
                {
                    Id = data.Applications.Count + 1,
                    SessionId = session.Id,
                    TraineeId = trainee.Id,
                    SubmittedAt = At(Today.AddDays(-random.Next(1, 30)), 9 + random.Next(8)),
                    Status = ApplicationStatus.Submitted,
                    NominatedByPartnerId = random.Next(3) == 0 ? nominator?.Id : null,
                    Motivation = DemoVocabulary.Motivations[random.Next(DemoVocabulary.Motivations.Length)],
                    Language = trainee.Languages.Split(' ').FirstOrDefault(DemoVocabulary.LanguageOrder.Contains) ?? "en",
                });
            }
        }
    }

    // About two in five who completed a session say yes to the alumni directory. A random of its own, so that the
    // rest of the demo base does not change with it.
    private static void OptIntoAlumniDirectory(TrainingDemoData data)
    {
        var random = new Random(20_000);
        var completed = data.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.TraineeId).ToHashSet();
        foreach (var trainee in data.Trainees.Where(t => completed.Contains(t.Id)))
            trainee.AlumniOptIn = random.Next(5) < 2;
    }

    private static void Enrol(TrainingDemoData data, Session session, Trainee trainee, bool returning, Random random)
    {
        var deadline = session.ApplicationDeadline ?? session.StartsOn.AddDays(-30);
        var nominator = session.Partners.Select(p => data.Partners[p.PartnerId - 1]).FirstOrDefault(p => p.CountryCode == trainee.CountryCode);
        data.Applications.Add(new TrainingApplication
        {
            Id = data.Applications.Count + 1,
            SessionId = session.Id,
            TraineeId = trainee.Id,
            SubmittedAt = At(deadline.AddDays(-random.Next(1, 40)), 10),
            Status = ApplicationStatus.Admitted,
            NominatedByPartnerId = nominator?.Id,
            Score = random.Next(60, 101),
        });
        var enrolment = new Enrolment
        {
            Id = data.Enrolments.Count + 1,
            SessionId = session.Id,
            TraineeId = trainee.Id,
            EnrolledAt = At(deadline.AddDays(5), 9),
            Status = EnrolmentStatus.Enrolled,
        };
        data.Enrolments.Add(enrolment);
        // Only a returning trainee withdraws, so that every one of the 17,194 has taken part in a session.
        if (returning && random.Next(10) == 0)
        {
            enrolment.Status = EnrolmentStatus.Withdrawn;
            return;
        }
        // Most come to nearly everything; one in ten misses much (illness, travel), and does not complete.
        var presence = random.Next(10) == 0 ? 0.3 + random.NextDouble() * 0.5 : 0.85 + random.NextDouble() * 0.15;
        var present = 0;
        foreach (var item in session.Schedule)
        {
            var here = random.NextDouble() < presence;
            present += here ? 1 : 0;
            data.Attendance.Add(new AttendanceRecord { EnrolmentId = enrolment.Id, ScheduleItemId = item.Id, Present = here });
        }
        if (present * 10 < session.Schedule.Count * 8) return;
        enrolment.Status = EnrolmentStatus.Completed;
        var code = new byte[10];
        random.NextBytes(code);
        data.Certificates.Add(new Certificate
        {
            Id = data.Certificates.Count + 1,
            Code = CertificateCode.FromBytes(code),
            EnrolmentId = enrolment.Id,
            IssuedAt = At(session.EndsOn.AddDays(1), 10),
            IssuedBy = "demo-seed",
            Status = CertificateStatus.Valid,
        });
    }

    private static void AddRefusedApplications(TrainingDemoData data, List<Session> past, HashSet<(int Session, int Trainee)> seated, Random random)
    {
        var applied = new HashSet<(int, int)>(seated);
        for (var i = 0; i < 2_400; i++)
        {
            var session = past[random.Next(past.Count)];
            var trainee = random.Next(1, TraineeCount + 1);
            if (!applied.Add((session.Id, trainee))) continue;
            data.Applications.Add(new TrainingApplication
            {
                Id = data.Applications.Count + 1,
                SessionId = session.Id,
                TraineeId = trainee,
                SubmittedAt = At((session.ApplicationDeadline ?? session.StartsOn).AddDays(-random.Next(1, 40)), 11),
                Status = random.Next(3) == 0 ? ApplicationStatus.Waitlisted : ApplicationStatus.Rejected,
                Score = random.Next(20, 70),
            });
        }
    }

    private static void SetTargetCountriesAndLanguages(TrainingDemoData data, Random random)
    {
        var trainees = data.Trainees.ToDictionary(t => t.Id);
        var sessions = data.Sessions.ToDictionary(s => s.Id);
        foreach (var group in data.Enrolments.GroupBy(e => e.SessionId))
        {
            sessions[group.Key].TargetCountries = group.Select(e => trainees[e.TraineeId].CountryCode).Distinct().Order(StringComparer.Ordinal)
                .Select(c => new SessionCountry { SessionId = group.Key, CountryCode = c }).ToList();
        }
        foreach (var session in data.Sessions.Where(s => s.TargetCountries.Count == 0))
        {
            session.TargetCountries = DemoCountries.All.OrderBy(_ => random.Next()).Take(8).Select(c => c.Code).Order(StringComparer.Ordinal)
                .Select(c => new SessionCountry { SessionId = session.Id, CountryCode = c }).ToList();
        }
        var scripts = DemoCountries.All.ToDictionary(c => c.Code, c => c.Script);
        var spoken = data.Enrolments.ToLookup(e => e.TraineeId, e => sessions[e.SessionId].InstructionLanguage);
        foreach (var trainee in data.Trainees)
        {
            var native = scripts[trainee.CountryCode] switch
            {
                NameScript.Cyrillic => "ru",
                NameScript.Arabic => trainee.CountryCode is "PK" ? "ur" : trainee.CountryCode is "IR" or "AF" ? "fa" : "ar",
                NameScript.Thai => "th",
                NameScript.Devanagari => trainee.CountryCode is "NP" ? "ne" : "hi",
                _ => null,
            };
            trainee.Languages = string.Join(' ', new[] { native }.Concat(spoken[trainee.Id]).Append("en").OfType<string>().Distinct());
        }
    }

    private static void RevokeAFew(TrainingDemoData data)
    {
        foreach (var certificate in data.Certificates.Where(c => c.Id % 1_000 == 500))
        {
            certificate.Status = CertificateStatus.Revoked;
            certificate.RevokedAt = certificate.IssuedAt.AddDays(30);
            certificate.RevokedBy = "demo-seed";
            certificate.RevocationReason = "Issued in error: the attendance records were corrected (demo).";
        }
    }

    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private static T Pick<T>(IReadOnlyList<(T Value, int Weight)> weighted, Random random)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return weighted[^1].Value;
    }
}
