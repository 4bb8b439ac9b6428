namespace SilkRoad.Training.Cohorts;

/// <summary>An uploaded cohort file kept for its preview's confirmation: whose it is, for which session, and its bytes.</summary>
public sealed record CohortUpload(string UserId, int SessionId, string FileName, DateTime UploadedAt, byte[] Content);
