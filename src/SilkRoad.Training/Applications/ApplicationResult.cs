namespace SilkRoad.Training.Applications;

/// <summary>An application stored (<see cref="ApplicationId"/> set, no problems), or refused with every problem named.</summary>
public sealed record ApplicationResult(int? ApplicationId, IReadOnlyList<ApplicationProblem> Problems)
{
    public bool Accepted => ApplicationId is not null;
}
