namespace SilkRoad.Training.Applications;

public sealed record ApplicationProblem(ApplicationField Field, ApplicationProblemCode Code);
