namespace SilkRoad.Training.Applications;

/// <summary>Why a field was refused. Pages and the API name each in the applicant's language (<c>ApplicationError.{code}</c>).</summary>
public enum ApplicationProblemCode
{
    Required,
    TooLong,
    NotLatinScript,
    InvalidDate,
    OutOfRange,
    UnknownCountry,
    CountryNotEligible,
    InvalidEmail,
    InvalidChoice,
    InvalidDocumentNumber,
    UnknownSession,
    CallClosed,
    AlreadyApplied,
}
