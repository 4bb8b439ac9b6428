using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Storage;

namespace SilkRoad.Web.Tests.Training;

/// <summary>Codes of certificates in the portal's demo training base, read from its store.</summary>
internal static class DemoCertificates
{
    public static async Task<string> CodeAsync(PortalFactory portal, CertificateStatus status, string? instructionLanguage = null)
    {
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        return await (from c in context.Certificates
                      where c.Status == status
                      join e in context.Enrolments on c.EnrolmentId equals e.Id
                      join s in context.Sessions on e.SessionId equals s.Id
                      where instructionLanguage == null || s.InstructionLanguage == instructionLanguage
                      orderby c.Id
                      select c.Code).FirstAsync();
    }
}
