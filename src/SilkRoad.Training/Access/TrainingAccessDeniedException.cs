namespace SilkRoad.Training.Access;

/// <summary>An actor asked for something their roles do not allow. The web host answers it with 403.</summary>
public sealed class TrainingAccessDeniedException : Exception
{
    public TrainingAccessDeniedException()
    {
    }

    public TrainingAccessDeniedException(string message) : base(message)
    {
    }

    public TrainingAccessDeniedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public TrainingAccessDeniedException(string userId, string action) : base($"User {userId} may not {action}.")
    {
        UserId = userId;
        Action = action;
    }

    public string? UserId { get; }

    public string? Action { get; }
}
