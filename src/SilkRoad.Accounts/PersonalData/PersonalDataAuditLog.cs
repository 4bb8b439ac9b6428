using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.Storage;

namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// Who viewed or exported whose personal fields, and when. Every module that shows personal fields of another person
/// records it here, in the same request, before the fields are sent; administrators read it
/// (<c>/{culture}/admin/audit</c>, <c>GET /api/admin/audit</c>). Entries are only ever added.
/// </summary>
public sealed class PersonalDataAuditLog(AccountsDbContextFactory contexts, TimeProvider clock)
{
    public async Task RecordAsync(PersonalDataAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var context = contexts.Create();
        context.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = access.ActorId,
            Action = access.Action,
            SubjectId = access.SubjectId,
            Fields = string.Join(',', access.Fields),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first; only the accesses to one person's data when <paramref name="subjectId"/> is given.</summary>
    public async Task<IReadOnlyList<AuditLogLine>> ReadAsync(string? subjectId, int skip, int take, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var entries = context.AuditEntries.AsNoTracking();
        if (subjectId is not null) entries = entries.Where(e => e.SubjectId == subjectId);
        // Id, not At: SQLite cannot order by a DateTimeOffset, and ids grow with time.
        var page = await entries.OrderByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var ids = page.Select(e => e.ActorId).Concat(page.Select(e => e.SubjectId)).Distinct().ToList();
        var emails = await context.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        return page.Select(e => new AuditLogLine(e.At, e.ActorId, emails.GetValueOrDefault(e.ActorId), e.Action, e.SubjectId,
            emails.GetValueOrDefault(e.SubjectId), e.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList();
    }
}
