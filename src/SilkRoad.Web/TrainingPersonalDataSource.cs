using SilkRoad.Accounts.PersonalData;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Web;

/// <summary>The training base in a person's download and erasure (the accounts module asks every source).</summary>
public sealed class TrainingPersonalDataSource(TraineePersonalData trainees) : IPersonalDataSource
{
    public string Name => "training";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken) =>
        await trainees.ExportAsync(userId, cancellationToken);

    public Task EraseAsync(string userId, CancellationToken cancellationToken) => trainees.EraseAsync(userId, cancellationToken);
}
