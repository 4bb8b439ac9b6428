namespace SilkRoad.Accounts.PersonalData;

/// <summary>Erases a person on their request: every <see cref="IPersonalDataSource"/>, the account last.</summary>
public sealed class AccountErasure(IEnumerable<IPersonalDataSource> sources, PersonalDataAuditLog audit)
{
    public async Task EraseAsync(string userId, string actorId, CancellationToken cancellationToken)
    {
        // The account goes last: the other sources may still need it to find what is theirs.
        var ordered = sources.OrderBy(s => s is AccountPersonalData).ToList();
        foreach (var source in ordered) await source.EraseAsync(userId, cancellationToken);
        await audit.RecordAsync(new PersonalDataAccess(actorId, PersonalDataActions.Erased, userId, ordered.Select(s => s.Name).ToList()), cancellationToken);
    }
}
