namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// A module that holds data about people (the accounts themselves, the training base's applications and records)
/// and can hand all of it over, or erase it, for one account. Register each with
/// <c>services.AddScoped&lt;IPersonalDataSource, …&gt;()</c>; <see cref="PersonalDataExport"/> and
/// <see cref="AccountErasure"/> ask every one of them.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The section of the download that holds this source's data, e.g. "account", "training".</summary>
    string Name { get; }

    /// <summary>Everything this source holds about the account, as plain values (decrypted), or null for nothing.</summary>
    Task<object?> ExportAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes or anonymises what identifies the person, keeping what statistics need (a trainee erased still counts
    /// in "trainees by country"). Called before the account itself is anonymised.
    /// </summary>
    Task EraseAsync(string userId, CancellationToken cancellationToken);
}
