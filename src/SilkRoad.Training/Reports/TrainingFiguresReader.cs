using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Reports;

/// <summary>Counts the headline figures from the store: a handful of counting queries, cheap at the base's scale.</summary>
public sealed class TrainingFiguresReader(TrainingDbContextFactory contexts)
{
    public async Task<TrainingFigures> ReadAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var taking = context.Trainees.Where(t => context.Enrolments.Any(e => e.TraineeId == t.Id && e.Status != EnrolmentStatus.Withdrawn));
        return new TrainingFigures(
            Topics: await context.Topics.LongCountAsync(cancellationToken),
            Courses: await context.Courses.LongCountAsync(cancellationToken),
            Programmes: await context.Programmes.LongCountAsync(cancellationToken),
            Sessions: await context.Sessions.LongCountAsync(cancellationToken),
            Trainees: await taking.LongCountAsync(cancellationToken),
            TraineeCountryCodes: (await taking.Select(t => t.CountryCode).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList(),
            PartnerInstitutions: await context.Partners.LongCountAsync(cancellationToken),
            PartnerCountries: await context.Partners.Select(p => p.CountryCode).Distinct().LongCountAsync(cancellationToken),
            CertificatesIssued: await context.Certificates.LongCountAsync(c => c.Status == CertificateStatus.Valid, cancellationToken));
    }
}
